"""Layout 41: council portal pages 'printed to PDF' from a web browser.

Browser header (print date/time + page title), footer (URL + page x of 3), the portal's
navigation text and cookie banner on page 1, the booking shown as a GOV.UK-style summary list
(key and value in div blocks, no table grid)."""
import io
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

W, H = A4


def render_portal(p):
    """p: dict(print_stamp, title, url, page_fmt, nav[list], cookie[list], service, heading,
    pages=[[block,...],[...],[...]]) with block = ('h', text) | ('kv', key, value) | ('p', text).
    Returns (pdf bytes, texts)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(p["title"])
    texts = [p["title"], p["url"], p["print_stamp"]]
    n = len(p["pages"])
    for pi, blocks in enumerate(p["pages"]):
        # browser header / footer
        c.setFont("DV", 7.5)
        c.setFillGray(0.2)
        c.drawString(28, H - 20, p["print_stamp"])
        c.drawCentredString(W / 2 + 40, H - 20, p["title"])
        c.drawString(28, 16, p["url"])
        pg = p["page_fmt"].format(i=pi + 1, n=n)
        c.drawRightString(W - 28, 16, pg)
        texts.append(pg)
        y = H - 50
        c.setFillGray(0)
        if pi == 0:
            # cookie banner (grey block) and nav text as the page shows them
            c.setFillColorRGB(0.95, 0.95, 0.95)
            c.rect(40, y - 14 * len(p["cookie"]) - 6, W - 80, 14 * len(p["cookie"]) + 12, fill=1, stroke=0)
            c.setFillGray(0)
            for i, line in enumerate(p["cookie"]):
                c.setFont("DVB" if i == 0 else "DV", 9 if i == 0 else 8.5)
                c.drawString(50, y - 8, line)
                texts.append(line)
                y -= 14
            y -= 16
            c.setFillColorRGB(0.05, 0.2, 0.35)
            c.rect(40, y - 26, W - 80, 34, fill=1, stroke=0)
            c.setFillGray(1)
            c.setFont("DVB", 11)
            c.drawString(50, y - 8, p["service"])
            texts.append(p["service"])
            c.setFont("DV", 8)
            c.drawString(50, y - 20, p["nav"][0])
            texts.append(p["nav"][0])
            c.setFillGray(0)
            y -= 44
            for line in p["nav"][1:]:
                c.setFont("DV", 8)
                c.setFillColorRGB(0.1, 0.3, 0.6)
                c.drawString(50, y, line)
                texts.append(line)
                y -= 13
            c.setFillGray(0)
            y -= 10
            c.setFont("DVB", 17)
            c.drawString(50, y, p["heading"])
            texts.append(p["heading"])
            y -= 28
        for b in blocks:
            if b[0] == "h":
                y -= 6
                c.setFont("DVB", 12.5)
                c.drawString(50, y, b[1])
                texts.append(b[1])
                y -= 20
            elif b[0] == "p":
                lines = simpleSplit(b[1], "DV", 9, W - 110)
                c.setFont("DV", 9)
                for ln in lines:
                    c.drawString(50, y, ln)
                    y -= 12.5
                texts.append(b[1])
                y -= 6
            elif b[0] == "kv":
                key, val = b[1], b[2]
                klines = simpleSplit(key, "DVB", 9, 150)
                vparas = val.split("\n")
                c.setFont("DVB", 9)
                yk = y
                for ln in klines:
                    c.drawString(50, yk, ln)
                    yk -= 12.5
                c.setFont("DV", 9)
                yv = y
                for para in vparas:
                    for ln in simpleSplit(para, "DV", 9, W - 270):
                        c.drawString(215, yv, ln)
                        yv -= 12.5
                    texts.append(para)
                texts.append(key)
                y = min(yk, yv) - 4
                c.setStrokeGray(0.75)
                c.setLineWidth(0.6)
                c.line(50, y + 4, W - 50, y + 4)
                y -= 10
            if y < 60:
                raise ValueError("page overflow in %s" % p["title"])
        c.showPage()
    c.save()
    return buf.getvalue(), texts


def footer_blocks(council):
    return [("p", "Accessibility statement   Privacy notice   Cookies   Contact us   \u00a9 %s" % council)]


CASES = []

# ---------------------------------------------------------------- 41-01 Wakefield ICPC, DA
CASES.append(dict(
    name="i-41-01-wakefield-icpc-portal-print-domestic-abuse-marac",
    district="wakefield", kind="initial", date="2026-12-16", time="10:00", tick=True,
    harm=["emotional"], received=T("2026-12-07 10:12"),
    children=[("Kayden Ashby", "2018-06-14"), ("Maisie Ashby", "2021-09-02")],
    adults=["Jodie Ashby", "Reece Fenton"],
    criteria=["domestic_abuse_current_involvement"], decision="attend",
    tags=["browser-pdf", "district-wakefield", "initial", "tick-attend", "cookie-banner"],
    notes="serious DA with current police involvement (bail conditions, MARAC 03/12/2026, DA officer working with mother): Wakefield §4.5 item 6 -> attend; the arrest is for an assault on the mother, not abuse of the children, so not current_investigation",
    sender=("Donna Walsh", "donna.walsh@wakefield.gov.uk"),
    subject="OFFICIAL-SENSITIVE - ICPC booking ASHBY - 16/12/2026",
    body=("Good morning\n\nPlease see attached the conference booking for Kayden and Maisie Ashby, printed from the "
          "Partner Portal (the portal link does not work outside the council network, sorry).\n\n"
          "Initial Child Protection Conference: Wednesday 16 December 2026, 10:00, Wakefield One.\n"
          "The police report should reach the Chair 3 working days before the conference.\n\n"
          "Thanks\nDonna Walsh\nBusiness Support Officer | Safeguarding and Review Unit | Wakefield Council\n"
          "Wakefield One, Burton Street, Wakefield WF1 2EB\n"),
    attach="CPC booking CD418822 - Partner Portal.pdf",
    portal=dict(
        print_stamp="07/12/2026, 10:05",
        title="Conference booking CD418822 - Partner Portal - Wakefield Council",
        url="https://partnerportal.wakefield.gov.uk/childrens/safeguarding/cpc/bookings/CD418822/summary",
        page_fmt="{i}/{n}",
        service="Wakefield Council | Children's Services Partner Portal",
        nav=["Skip to main content    Home    Services    Children and families    My account    Sign out",
             "Home  >  Safeguarding  >  Conference bookings  >  CD418822",
             "Back to bookings list"],
        cookie=["Cookies on wakefield.gov.uk",
                "We use some essential cookies to make this service work.",
                "We'd also like to use analytics cookies so we can understand how you use the service.",
                "Accept analytics cookies    Reject analytics cookies    View cookies"],
        heading="Check the conference booking",
        pages=[[
            ("h", "Conference"),
            ("kv", "Conference type", "Initial child protection conference"),
            ("kv", "Date", "Wednesday 16 December 2026"),
            ("kv", "Start time", "10:00am"),
            ("kv", "Venue", "Wakefield One, Burton Street, Wakefield WF1 2EB - Room 2.11 (hybrid)"),
            ("kv", "Chair", "Alison Dearden, Child Protection Chair"),
            ("kv", "CareDirector ID", "CD418822"),
            ("kv", "Social worker", "Mohammed Iqbal, Assessment Team 2"),
            ("kv", "Category of concern", "Emotional abuse"),
        ], [
            ("h", "Children"),
            ("kv", "Child 1", "Kayden Ashby\nDate of birth: 14/06/2018\nSchool: Lupset Primary Academy"),
            ("kv", "Child 2", "Maisie Ashby\nDate of birth: 02/09/2021\nSetting: Little Acorns Nursery"),
            ("h", "Parents, carers and significant adults"),
            ("kv", "Adult 1", "Jodie Ashby - Mother\nDate of birth: 30/01/1994"),
            ("kv", "Adult 2", "Reece Fenton - Father of Maisie, mother's partner (currently not living at the address)\nDate of birth: 12/07/1991"),
            ("h", "Reason for conference"),
            ("kv", "Summary", "Emotional harm to both children from domestic abuse. On 21/11/2026 police attended the family home after neighbours heard screaming; Ms Ashby had been strangled by Mr Fenton while the children were in the next room. Neither child was injured."),
            ("kv", "Police involvement", "Mr Fenton was arrested for the assault on Ms Ashby and released on police bail with conditions not to contact her or attend the address. The DASH risk assessment was high risk and the case was heard at MARAC on 03/12/2026. PC Kate Hollis, West Yorkshire Police Domestic Abuse officer, is working with Ms Ashby on a safety plan."),
        ], [
            ("h", "Police"),
            ("kv", "West Yorkshire Police", "Police attendance required"),
            ("kv", "Report", "Written report to the Chair at least 3 working days before the conference"),
            ("h", "Submitted"),
            ("kv", "Completed by", "Mohammed Iqbal"),
            ("kv", "Date submitted", "04/12/2026"),
            ("p", "Save as PDF    Print this page    Change booking"),
        ] + footer_blocks("Wakefield Council 2026")]),
))

# ---------------------------------------------------------------- 41-02 Leeds pre-birth, RSO, tick says report
CASES.append(dict(
    name="i-41-02-leeds-prebirth-portal-print-rso-partner-tick-report",
    district="leeds", kind="initial", pre_birth=True, date="2026-12-18", time="13:30", tick=False,
    harm=["sexual"], received=T("2026-12-09 14:31"),
    children=[("Unborn baby Pickersgill", None)],
    adults=["Shannon Pickersgill", "Dean Royston"],
    criteria=["registered_sex_offender"], decision="attend",
    tags=["browser-pdf", "district-leeds", "initial", "pre-birth", "tick-report", "tickbox-conflict"],
    notes="mother's partner, staying most nights, is a registered sex offender: Leeds §4.6 item 6 -> attend although the form says written report sufficient (tickbox_conflict)",
    sender=("Leeds ISU Conference Team", "isu.conferences@leeds.gov.uk"),
    subject="OFFICIAL-SENSITIVE: Pre-birth ICPC - PICKERSGILL - Fri 18 Dec",
    body=("Hello\n\nA pre-birth Initial Child Protection Conference has been booked for unborn baby Pickersgill. "
          "The booking page is attached as a PDF.\n\nPlease send the police report to the Integrated Safeguarding Unit "
          "at least 24 hours before the conference.\n\nIntegrated Safeguarding Unit\nLeeds City Council\n"),
    attach="Booking summary MOS771203.pdf",
    portal=dict(
        print_stamp="09/12/2026 14:22",
        title="Booking summary | Professionals Portal | Leeds City Council",
        url="https://professionals.leeds.gov.uk/cf/isu/conference-booking/MOS771203?view=print",
        page_fmt="Page {i} of {n}",
        service="Leeds Children and Families - Professionals Portal",
        nav=["Skip to content   Home   Referrals   Conferences   Core groups   Help   Log out (isu.conferences)",
             "You are here: Conferences / Bookings / MOS771203"],
        cookie=["Your cookie settings",
                "We have saved some essential cookies. Can we also use cookies to measure how the portal is used?",
                "Yes, I accept    No, thanks    Change cookie settings"],
        heading="Conference booking summary",
        pages=[[
            ("kv", "Conference", "Pre-birth initial child protection conference"),
            ("kv", "Date and time", "Friday 18 December 2026 at 1:30pm"),
            ("kv", "Location", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB - Room 4C"),
            ("kv", "Chair", "Ruth Ackroyd"),
            ("kv", "Mosaic ID", "MOS771203"),
            ("kv", "Social worker", "Priya Chauhan, Leeds West Social Work Team"),
            ("kv", "Category", "Sexual abuse (risk of)"),
        ], [
            ("h", "Unborn child"),
            ("kv", "Name", "Unborn baby Pickersgill"),
            ("kv", "Expected date of delivery", "03/02/2027"),
            ("h", "Adults"),
            ("kv", "Mother", "Shannon Pickersgill, date of birth 22/05/2003"),
            ("kv", "Father of the baby", "Dean Royston (mother's partner), date of birth 08/11/1988"),
            ("h", "Why is the conference needed?"),
            ("kv", "Concerns", "Mr Royston is a registered sex offender (convicted in 2019 of sexual activity with a 14-year-old girl) and is subject to notification requirements until 2029. He has been staying at Ms Pickersgill's flat most nights since August 2026 and intends to live with her and the baby."),
            ("kv", "Other information", "Ms Pickersgill was herself looked after as a child. She says she does not believe Mr Royston poses a risk."),
        ], [
            ("h", "West Yorkshire Police"),
            ("kv", "Police attendance", "Written report sufficient"),
            ("kv", "Report to", "Integrated Safeguarding Unit, 24 hours before the conference"),
            ("kv", "Booked by", "Priya Chauhan on 08/12/2026"),
            ("p", "Print    Download    Back to top"),
            ("p", "Leeds City Council, Civic Hall, Leeds LS1 1UR   Accessibility   Privacy   Cookies   Terms of use"),
        ]]),
))

# ---------------------------------------------------------------- 41-03 Calderdale ICPC, prior involvement, neither
CASES.append(dict(
    name="i-41-03-calderdale-icpc-portal-print-prior-involvement-tick-unanswered",
    district="calderdale", kind="initial", date="2027-01-05", time="10:00", tick=None,
    harm=["neglect", "physical"], received=T("2026-12-14 11:20"),
    children=[("Tyler Greenwood", "2014-03-11"), ("Ellie-May Greenwood", "2016-07-20")],
    adults=["Leanne Greenwood", "Craig Greenwood", "Norman Greenwood"],
    criteria=["prior_unit_involvement"], decision="attend", flags_required=["tickbox_ambiguous"],
    tags=["browser-pdf", "district-calderdale", "initial", "tick-neither", "schedule-1-trap",
          "single-agency-s47", "bank-holidays"],
    notes="Calderdale: the Safeguarding Unit investigated the father for assaulting Tyler in 2023 (NFA) = previous significant involvement -> attend; 'Schedule 1 offender' grandfather is not an RSO; current s47 is single-agency; police question not answered (neither) -> null + tickbox_ambiguous; notice counts skip 25, 28 Dec and 1 Jan",
    sender=("Safeguarding and Quality Assurance", "cp.conferences@calderdale.gov.uk"),
    subject="ICPC - GREENWOOD - 05/01/2027 [OFFICIAL-SENSITIVE]",
    body=("Dear colleague\n\nPlease find attached the booking for an Initial Child Protection Conference for "
          "Tyler and Ellie-May Greenwood on Tuesday 5 January 2027 at 10am, Halifax Town Hall.\n\n"
          "Kind regards\nSafeguarding and Quality Assurance Unit\nCalderdale Council\n"),
    attach="ICPC booking GREENWOOD.pdf",
    portal=dict(
        print_stamp="14/12/2026, 11:02",
        title="View booking - Calderdale Safeguarding Portal",
        url="https://safeguarding.calderdale.gov.uk/portal/cpc/booking/view/CC-20931",
        page_fmt="Page {i} of {n}",
        service="Calderdale Council - Safeguarding Portal",
        nav=["Skip to main content  |  Home  |  Conferences  |  Reports  |  Help  |  Sign out",
             "Home > Conferences > View booking CC-20931"],
        cookie=["This site uses cookies",
                "We use necessary cookies to make our site work. We'd also like to set optional analytics cookies.",
                "Accept all    Reject optional    Cookie policy"],
        heading="Initial Child Protection Conference booking",
        pages=[[
            ("kv", "Conference type", "Initial CPC"),
            ("kv", "Date", "05/01/2027"),
            ("kv", "Time", "10:00"),
            ("kv", "Venue", "Halifax Town Hall, Crossley Street, Halifax HX1 1UJ - Committee Room B"),
            ("kv", "Chair", "Jonathan Riley"),
            ("kv", "Social worker", "Hannah Clough"),
            ("kv", "Categories requested", "Neglect; Physical abuse"),
        ], [
            ("h", "Subject children"),
            ("kv", "Tyler Greenwood", "DOB 11/03/2014 - Todmorden High School"),
            ("kv", "Ellie-May Greenwood", "DOB 20/07/2016 - Castle Hill Primary School"),
            ("h", "Household and significant adults"),
            ("kv", "Leanne Greenwood", "Mother - DOB 02/02/1990"),
            ("kv", "Craig Greenwood", "Father - DOB 15/09/1987"),
            ("kv", "Norman Greenwood", "Paternal grandfather - DOB 04/04/1956 - visits most Sundays"),
            ("h", "Reason for conference"),
            ("kv", "Presenting concerns", "Ellie-May arrived at school on 07/12/2026 with a burn to the back of her hand that was not treated. Home conditions are very poor and the children are often hungry at school."),
            ("kv", "Police history", "In March 2023 the Calderdale Safeguarding Unit investigated an allegation that Mr Greenwood had assaulted Tyler (bruising to the face). He was interviewed under caution and the matter was NFA'd. The family describe the paternal grandfather as a 'Schedule 1 offender' (conviction in 1998 for cruelty to a child); he is not on the sex offenders register."),
            ("kv", "Current enquiries", "A strategy discussion with police on 09/12/2026 agreed that the section 47 enquiry into the burn would be single-agency (Children's Social Care only)."),
        ], [
            ("h", "Police"),
            ("kv", "Police request", "Police attendance required or written report sufficient? - Not answered"),
            ("kv", "Report", "Please provide a written report"),
            ("kv", "Submitted by", "Hannah Clough, 11/12/2026"),
            ("p", "Calderdale Council   Accessibility   Privacy notice   Cookies   Contact the Safeguarding Unit"),
        ]]),
))

# ---------------------------------------------------------------- 41-04 Kirklees review, CCE trap, report only
CASES.append(dict(
    name="i-41-04-kirklees-rcpc-portal-print-county-lines-report-only",
    district="kirklees", kind="review", date="2027-01-21", time="14:00", tick=False,
    harm=["neglect"], received=T("2027-01-07 09:40"),
    children=[("Brandon Sykes", "2011-05-05")],
    adults=["Donna Sykes", "Lee Booth"],
    criteria=[], decision="report_only",
    tags=["browser-pdf", "district-kirklees", "review", "tick-report", "cce-not-cse",
          "category-neglect", "wakefield-rules"],
    notes="review; county lines / criminal exploitation is not CSE, screening found no sexual exploitation indicators, police not in the core group; Kirklees decided with the Wakefield rules -> report_only",
    sender=("Kirklees Child Protection Conference Service", "cp.conferences@kirklees.gov.uk"),
    subject="Review CPC - SYKES - Thursday 21 January 2027 - OFFICIAL SENSITIVE",
    body=("Good morning,\n\nAttached is the printed booking for Brandon Sykes's second review child protection "
          "conference on Thursday 21 January 2027 at 2pm. A written police report is requested.\n\n"
          "Kind regards\nConference Service, Kirklees Council\n"),
    attach="Review booking - SYKES.pdf",
    portal=dict(
        print_stamp="1/7/27, 9:31 AM",
        title="Kirklees Council - Child Protection Conference Booking",
        url="https://my.kirklees.gov.uk/childrens-services/cp-conference/booking/KC-55812/print",
        page_fmt="{i}/{n}",
        service="Kirklees Council  |  Children's Services",
        nav=["Skip to main content   Home   Schools   Social care   Your account   Sign out",
             "Home > Social care > Child protection conferences > Booking KC-55812"],
        cookie=["Tell us whether you accept cookies",
                "We use cookies to collect information about how you use this website.",
                "Accept all cookies    Set cookie preferences"],
        heading="Review child protection conference",
        pages=[[
            ("kv", "Type", "Review (second review)"),
            ("kv", "Date", "Thursday 21 January 2027"),
            ("kv", "Time", "14:00"),
            ("kv", "Venue", "Civic Centre 1, High Street, Huddersfield HD1 2NF"),
            ("kv", "Chair", "Sunita Patel"),
            ("kv", "Plan category", "Category: Neglect"),
        ], [
            ("h", "Child"),
            ("kv", "Brandon Sykes", "Date of birth 05/05/2011, Netherhall Learning Campus"),
            ("h", "Adults"),
            ("kv", "Donna Sykes", "Mother"),
            ("kv", "Lee Booth", "Mother's partner"),
            ("h", "Progress since the last conference"),
            ("kv", "Summary", "Brandon has been missing from home on four occasions since the last conference and was found in Blackpool with cannabis and \u00a3300 in cash. He has been referred to the NRM as a possible victim of criminal exploitation (county lines). The exploitation screening tool completed on 10/12/2026 identified no indicators of sexual exploitation."),
            ("kv", "Core group", "Social worker, school, Youth Justice Service and Ms Sykes. West Yorkshire Police are not members of the core group."),
        ], [
            ("h", "Police"),
            ("kv", "Police attendance", "Written report sufficient"),
            ("kv", "Reports due", "3 working days before conference"),
            ("p", "Kirklees Council, Civic Centre 3, Huddersfield   Accessibility   Privacy   Cookies"),
        ]]),
))

# ---------------------------------------------------------------- 41-05 Bradford ICPC, police protection, radio glyphs
CASES.append(dict(
    name="i-41-05-bradford-icpc-portal-print-police-protection-radio",
    district="bradford", kind="initial", date="2027-01-13", time="11:00", tick=True,
    harm=["neglect"], received=T("2027-01-05 13:02"),
    children=[("Zainab Akhtar", "2019-10-18"), ("Musa Akhtar", "2023-01-30")],
    adults=["Saima Akhtar", "Imran Akhtar"],
    criteria=["police_protection"], decision="attend",
    tags=["browser-pdf", "district-bradford", "initial", "tick-attend", "radio-glyphs",
          "wakefield-rules", "not-wilful-neglect"],
    notes="conference arises from the children being placed in police protection (s46) on 01/01/2027; police advise the s1 CYPA threshold is not met (no wilful-neglect investigation); Bradford decided with the Wakefield rules -> attend",
    sender=("Bradford Children's Services CP Admin", "cp.admin@bradford.gov.uk"),
    subject="ICPC AKHTAR 13.01.27 - OFFICIAL-SENSITIVE",
    body=("Hi\n\nPlease find the ICPC booking for Zainab and Musa Akhtar attached (printed from the "
          "Bradford Children's Services Portal).\n\nConference: Wednesday 13 January 2027, 11am, Britannia House.\n\n"
          "Regards\nCP Admin Team\nBradford Children's Social Care\n"),
    attach="ICPC booking AKHTAR.pdf",
    portal=dict(
        print_stamp="05/01/2027, 12:48",
        title="Booking details | Bradford Children's Services Portal",
        url="https://csportal.bradford.gov.uk/cp/bookings/BR-30417",
        page_fmt="Page {i} of {n}",
        service="City of Bradford MDC - Children's Services Portal",
        nav=["Skip to content   Dashboard   Bookings   Documents   Messages (2)   Sign out",
             "Dashboard / Bookings / BR-30417"],
        cookie=["We use cookies on this site to enhance your user experience",
                "By clicking any link on this page you are giving your consent for us to set cookies.",
                "OK, I agree    No, give me more info"],
        heading="Booking BR-30417",
        pages=[[
            ("kv", "Conference", "Initial Child Protection Conference"),
            ("kv", "When", "13/01/2027 11:00 - 13:00"),
            ("kv", "Where", "Britannia House, Hall Ings, Bradford BD1 1HX - Meeting Room 3"),
            ("kv", "Chair", "Farah Qureshi"),
            ("kv", "Social worker", "Owen Pratt"),
            ("kv", "Category", "Neglect"),
        ], [
            ("h", "Children"),
            ("kv", "Zainab Akhtar", "18/10/2019"),
            ("kv", "Musa Akhtar", "30/01/2023"),
            ("h", "Parents"),
            ("kv", "Saima Akhtar", "Mother, 11/03/1995"),
            ("kv", "Imran Akhtar", "Father, 27/06/1992"),
            ("h", "Reason for the conference"),
            ("kv", "Details", "At 02:00 on 01/01/2027 officers attended the flat after a call from neighbours and found Zainab and Musa alone; the parents had gone to a party. Both children were placed in police protection under section 46 Children Act 1989 and taken to their maternal aunt. They returned home on 03/01/2027 under a safety plan."),
            ("kv", "Police view", "Police have advised that the threshold for a child cruelty (s1 CYPA 1933) investigation is not met and no criminal investigation is under way."),
        ], [
            ("h", "West Yorkshire Police"),
            ("kv", "Please select one", "\u25c9 Police attendance required    \u25cb Written report sufficient"),
            ("kv", "Booked by", "Owen Pratt, 04/01/2027"),
            ("p", "City of Bradford Metropolitan District Council   Accessibility   Privacy   Cookies   Help"),
        ]]),
))

# ---------------------------------------------------------------- 41-06 Wakefield ICPC late, PPO trap, discuss
CASES.append(dict(
    name="i-41-06-wakefield-icpc-portal-print-ppo-offender-late-notice",
    district="wakefield", kind="initial", date="2026-12-22", time="10:00", tick=True,
    harm=["emotional", "neglect"], received=T("2026-12-18 15:40"),
    children=[("Ruby Lumb", "2015-12-12")],
    adults=["Kerry Lumb", "Dale Marsden"],
    criteria=[], decision="discuss",
    tags=["browser-pdf", "district-wakefield", "initial", "tick-attend", "ppo-offender-trap",
          "strategy-discussion-trap", "late-notice", "deadline-passed"],
    notes="'PPO nominal' managed under IOM is a Prolific and Priority Offender, not police protection; strategy discussion with police is not an investigation; no criterion, tick asks for attendance -> discuss (Wakefield §4.6); received Fri 18 Dec for Tue 22 Dec: 2 working days' notice and report due Thu 17 Dec already passed",
    sender=("Donna Walsh", "donna.walsh@wakefield.gov.uk"),
    subject="URGENT ICPC Tuesday 22/12 - LUMB - OFFICIAL-SENSITIVE",
    body=("Hi all\n\nApologies for the short notice - the conference for Ruby Lumb had to be booked before "
          "Christmas. Booking attached. Tuesday 22 December 2026 at 10am, Wakefield One.\n\n"
          "Thanks\nDonna\nSafeguarding and Review Unit, Wakefield Council\n"),
    attach="CPC booking CD420917 - Partner Portal.pdf",
    portal=dict(
        print_stamp="18/12/2026, 15:31",
        title="Conference booking CD420917 - Partner Portal - Wakefield Council",
        url="https://partnerportal.wakefield.gov.uk/childrens/safeguarding/cpc/bookings/CD420917/summary",
        page_fmt="{i}/{n}",
        service="Wakefield Council | Children's Services Partner Portal",
        nav=["Skip to main content    Home    Services    Children and families    My account    Sign out",
             "Home  >  Safeguarding  >  Conference bookings  >  CD420917"],
        cookie=["Cookies on wakefield.gov.uk",
                "We use some essential cookies to make this service work.",
                "We'd also like to use analytics cookies so we can understand how you use the service.",
                "Accept analytics cookies    Reject analytics cookies    View cookies"],
        heading="Check the conference booking",
        pages=[[
            ("h", "Conference"),
            ("kv", "Conference type", "Initial child protection conference"),
            ("kv", "Date", "Tuesday 22 December 2026"),
            ("kv", "Start time", "10:00am"),
            ("kv", "Venue", "Wakefield One, Burton Street, Wakefield WF1 2EB - Room 1.04"),
            ("kv", "Chair", "Simon Outhwaite"),
            ("kv", "CareDirector ID", "CD420917"),
            ("kv", "Category of concern", "Emotional abuse; Neglect"),
        ], [
            ("h", "Children"),
            ("kv", "Child 1", "Ruby Lumb\nDate of birth: 12/12/2015\nSchool: Airedale Academy"),
            ("h", "Parents, carers and significant adults"),
            ("kv", "Adult 1", "Kerry Lumb - Mother\nDate of birth: 19/08/1989"),
            ("kv", "Adult 2", "Dale Marsden - Father\nDate of birth: 03/03/1986"),
            ("h", "Reason for conference"),
            ("kv", "Summary", "Both parents misuse heroin and Ruby is frequently left with adults who are not known to services. Mr Marsden is a PPO nominal managed under the Integrated Offender Management (IOM) scheme for shoplifting and burglary. A strategy discussion with police was held on 14/12/2026 and a single-agency section 47 enquiry followed."),
        ], [
            ("h", "Police"),
            ("kv", "West Yorkshire Police", "Police attendance required"),
            ("kv", "Report", "Written report to the Chair at least 3 working days before the conference"),
            ("h", "Submitted"),
            ("kv", "Completed by", "Leanne Booth"),
            ("kv", "Date submitted", "18/12/2026"),
        ] + footer_blocks("Wakefield Council 2026")]),
))

# ---------------------------------------------------------------- 41-07 look-alike Kirklees domain
CASES.append(dict(
    name="i-41-07-lookalike-kirklees-portal-print-unverified",
    district=None, kind="initial", date="2027-01-28", time="13:00", tick=True,
    harm=["physical"], received=T("2027-01-20 10:02"),
    children=[("Jayden Haigh", "2017-09-09")],
    adults=["Samantha Haigh", "Ashley Carter"],
    criteria=["current_investigation"], decision="manual_review",
    flags_required=["unverified_sender"], deadlines=False,
    minimal_forbidden=["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled",
                       "encrypted_unreadable"],
    tags=["browser-pdf", "unverified-sender", "lookalike-domain", "initial"],
    notes="sender domain kirklees-gov.uk is a look-alike, not kirklees.gov.uk: manual_review with unverified_sender whatever the content (which would otherwise be attend: current investigation, bail, ABE)",
    sender=("Kirklees Conference Bookings", "cpc.bookings@kirklees-gov.uk"),
    subject="ICPC HAIGH 28/01/2027 - booking (OFFICIAL-SENSITIVE)",
    body=("Good morning\n\nPlease find attached the booking for an Initial Child Protection Conference for Jayden Haigh "
          "on Thursday 28 January 2027 at 1pm. Please confirm police attendance by return.\n\n"
          "Conference Service\nKirklees Council\n"),
    attach="ICPC booking HAIGH.pdf",
    portal=dict(
        print_stamp="1/20/27, 9:55 AM",
        title="Kirklees Council - Child Protection Conference Booking",
        url="https://my.kirklees.gov.uk/childrens-services/cp-conference/booking/KC-56140/print",
        page_fmt="{i}/{n}",
        service="Kirklees Council  |  Children's Services",
        nav=["Skip to main content   Home   Schools   Social care   Your account   Sign out",
             "Home > Social care > Child protection conferences > Booking KC-56140"],
        cookie=["Tell us whether you accept cookies",
                "We use cookies to collect information about how you use this website.",
                "Accept all cookies    Set cookie preferences"],
        heading="Initial child protection conference",
        pages=[[
            ("kv", "Type", "Initial"),
            ("kv", "Date", "Thursday 28 January 2027"),
            ("kv", "Time", "13:00"),
            ("kv", "Venue", "Dewsbury Town Hall, Wakefield Old Road, Dewsbury WF12 8DG"),
            ("kv", "Chair", "Martin Lockwood"),
            ("kv", "Category", "Physical abuse"),
        ], [
            ("h", "Child"),
            ("kv", "Jayden Haigh", "Date of birth 09/09/2017"),
            ("h", "Adults"),
            ("kv", "Samantha Haigh", "Mother"),
            ("kv", "Ashley Carter", "Mother's partner"),
            ("h", "Reason"),
            ("kv", "Summary", "Jayden told his teacher that Mr Carter hit him with a belt. Mr Carter was arrested on 14/01/2027 and released on police bail with conditions not to contact Jayden. An ABE interview with Jayden was completed on 15/01/2027 and the joint investigation is continuing."),
        ], [
            ("h", "Police"),
            ("kv", "Police attendance", "Police attendance required"),
            ("p", "Kirklees Council, Civic Centre 3, Huddersfield   Accessibility   Privacy   Cookies"),
        ]]),
))


def build(c):
    pdf, texts = render_portal(c["portal"])
    s_name, s_addr = c["sender"]
    eml = build_eml(seed=c["name"], sender_name=s_name, sender=s_addr, to=POLICE[c["district"] or "kirklees"],
                    subject=c["subject"], received=c["received"], body_text=c["body"],
                    attachments=[(c["attach"], pdf, "application", "pdf")])
    c["source_texts"] = [c["subject"], c["body"]] + texts + [c["attach"]]
    return eml
