"""Layout 10: PDF review-conference invitation letter (letterhead + prose letter to the agency) with a
one-page 'agency contribution request' carrying a risk checklist where only some boxes are ticked.
Also a minutes document and a cancellation letter in the same house style."""
import datetime as dt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from lib import Pdf, build_email, write_label, kid, PDF

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

RISKS = ["Domestic abuse", "Parental substance misuse", "Parental mental health", "Neglect",
         "Child sexual exploitation (CSE)", "Child criminal exploitation (CCE)", "Missing episodes",
         "Registered sex offender / person posing a risk to children", "Police protection used since last conference",
         "Current police investigation"]

def newpdf(title, author):
    p = Pdf(title=title, author=author)
    p.font, p.bfont = "DejaVu", "DejaVu-Bold"
    return p

def letterhead(p, council, service, addr, marking="OFFICIAL-SENSITIVE"):
    p.right(marking, bold=True)
    p.text(council, size=15, bold=True)
    p.text(service, size=10)
    for a in addr:
        p.text(a, size=8)
    p.c.setLineWidth(1.2)
    p.c.line(p.m, p.y - 2, p.W - p.m, p.y - 2)
    p.y -= 14

def letter(p, date, ref, to_lines, re_, paras, sign):
    p.text(date, size=10)
    p.text(ref, size=9)
    p.y -= 4
    for t in to_lines:
        p.text(t, size=10, gap=2)
    p.y -= 8
    p.text("Dear Colleague,", size=10)
    p.text(re_, size=10, bold=True)
    for para in paras:
        p.para(para, size=10, gap=7)
    p.y -= 4
    for s in sign:
        p.text(s, size=10, gap=2)

def checklist(p, ticked, glyph=True):
    """risk checklist: glyph ☒/☐ text lines or a ruled table with drawn boxes"""
    p.text("Risk factors identified by the social worker (tick all that apply):", size=10, bold=True)
    if glyph:
        for r in RISKS:
            line = ("\u2612 " if r in ticked else "\u2610 ") + r
            p.text(line, size=10, x=p.m + 10, gap=3)
            p.rec(r)
        p.y -= 6
    else:
        rows = []
        for i in range(0, len(RISKS), 2):
            rows.append([{"boxes": [(r in ticked, r)], "vertical": True} for r in RISKS[i:i + 2]])
        p.table(rows, [257, 258])

def glyph_row(p, label, items):
    s = label + "  " + "   ".join(("\u2612 " if c else "\u2610 ") + t for c, t in items)
    p.text(s, size=10, gap=6)
    for _, t in items:
        p.rec(t)
    p.rec(label)

def texts(subj, body, fname, p):
    return [subj, body] + [x for x in body.split("\n\n") if x.strip()] + [fname] + p.texts

CASES = []
def case(f): CASES.append(f); return f

WAK = ("Wakefield Council", "Children and Young People's Service - Safeguarding and Review Unit",
       ["Wakefield One, PO Box 700, Burton Street, Wakefield WF1 2EB", "Tel 0345 8 503 503"])
LEE = ("Leeds City Council", "Children and Families - Integrated Safeguarding Unit",
       ["Merrion House, 110 Merrion Centre, Leeds LS2 8BB", "isu.conferences@leeds.gov.uk"])
CAL = ("Calderdale Council", "Children and Young People's Services - Child Protection Administration",
       ["Northgate House, Northgate, Halifax HX1 1UN"])
KIR = ("Kirklees Council", "Child Protection Conference Service",
       ["Civic Centre 1, High Street, Huddersfield HD1 2NF"])
POLICE_TO = ["The Detective Sergeant", "Child and Public Protection Unit", "West Yorkshire Police"]

@case
def b_10a():
    name = "b-10a-wakefield-rcpc-letter-core-group-da-attend"
    rec = dt.datetime(2026, 12, 3, 10, 5)
    p = newpdf("Review conference invitation", "Wakefield Council")
    letterhead(p, *WAK)
    letter(p, "2 December 2026", "Our ref: SRU/RC/20871", POLICE_TO + ["Normanton"],
           "Re: Review Child Protection Conference - Sophie and Jack ASPINALL",
           ["I am writing to invite you to the second review child protection conference for Sophie Aspinall and Jack Aspinall, which will be held on Thursday 14 January 2027 at 10.00am at Wakefield One (Room 2.14). The Chair will be Denise Firth.",
            "The children have been subject to child protection plans under the category of emotional abuse since July 2026 because of domestic abuse by their father towards their mother. Since the last conference the case was heard again at MARAC on 18 November 2026 after a further assault, and PC Nicola Haigh, the police domestic abuse officer, is a member of the core group and undertakes joint visits with the social worker.",
            "Please complete the agency contribution request overleaf and return your report to the Chair at least three working days before the conference."],
           ["Yours faithfully,", "", "Denise Firth", "Child Protection Chair"])
    p.page()
    p.text("AGENCY CONTRIBUTION REQUEST - West Yorkshire Police", size=12, bold=True)
    p.table([["Child(ren)", "Sophie Aspinall (09/09/2017); Jack Aspinall (15/05/2020)"],
             ["Parents / carers", "Hayley Aspinall - mother; Craig Aspinall - father (not in household)"],
             ["Conference", "Review CPC - 14/01/2027 - 10:00"]], [150, 365], shade_first_col=True)
    checklist(p, {"Domestic abuse", "Parental substance misuse"})
    glyph_row(p, "Police attendance requested:", [(True, "Yes"), (False, "No")])
    glyph_row(p, "Police are a core group member:", [(True, "Yes"), (False, "No")])
    pdf = p.bytes()
    fname = "RCPC invitation ASPINALL.pdf"
    body = ("Please see attached invitation to a review child protection conference (ASPINALL) on 14/01/2027.\n\n"
            "Karen Holroyd\nSafeguarding and Review Unit\nWakefield Council")
    subj = "RCPC invitation - ASPINALL - 14.01.2027"
    build_email(name, "wakefield", "Karen Holroyd", "sru.admin", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="wakefield", kind="review", pre_birth=False, date="2027-01-14", time="10:00",
        tick=True, harm=["emotional"], children=[kid("Sophie Aspinall", "09/09/2017"), kid("Jack Aspinall", "15/05/2020")],
        adults=["Hayley Aspinall", "Craig Aspinall"], criteria=["core_group_member", "domestic_abuse_current_involvement"],
        decision="attend", received=rec, texts=texts(subj, body, fname, p),
        tags=["pdf-letter", "letterhead", "risk-checklist-glyph", "district-wakefield", "review", "tick-yes", "core-group",
              "letter-date-trap"],
        notes="review where the police DA officer is a core-group member (Wakefield 5.1) with a recent MARAC -> attend; letter dated 2 Dec, conference 14 Jan")

@case
def b_10b():
    name = "b-10b-leeds-rcpc-letter-unticked-checklist-report-only"
    rec = dt.datetime(2026, 11, 30, 11, 0)
    p = newpdf("Review conference invitation", "Leeds City Council")
    letterhead(p, *LEE)
    letter(p, "27 November 2026", "Ref: ISU/RCPC/5512", ["CPPU (Conference SPOC)", "Weetwood Police Station", "Leeds"],
           "Re: Review Child Protection Conference - Harrison OGDEN (d.o.b. 03/03/2019)",
           ["The first review child protection conference for Harrison Ogden has been arranged for Wednesday 16 December 2026 at 9.30am, to be held virtually on Microsoft Teams.",
            "Harrison has been subject to a child protection plan since September under the category of emotional abuse, arising from his mother's mental health and the impact on her care of him. Ms Ogden has engaged well with her community mental health nurse and the core group reports steady progress.",
            "Police are not members of the core group. A written contribution from your records would be welcome; please send it to the Integrated Safeguarding Unit at least 24 hours before the conference."],
           ["Yours sincerely,", "", "Simon Atkinson", "Conference Team, Integrated Safeguarding Unit"])
    p.page()
    p.text("AGENCY CONTRIBUTION REQUEST", size=12, bold=True)
    p.table([["Child", "Harrison Ogden (03/03/2019)"],
             ["Parents / carers", "Vicky Ogden - mother; Aaron Thackray - father (weekend contact)"],
             ["Conference", "Review - Wed 16/12/2026 09:30 - MS Teams"]], [150, 365], shade_first_col=True)
    checklist(p, set())
    p.para("Social worker comment: none of the listed risk factors currently apply.", size=10)
    glyph_row(p, "Contribution requested from police:", [(False, "Attendance at conference"), (True, "Written report")])
    pdf = p.bytes()
    fname = "Review invite OGDEN.pdf"
    body = ("Dear CPPU\n\nReview conference invitation for Harrison OGDEN attached (16 December 2026, 9.30am).\n\n"
            "Simon Atkinson\nIntegrated Safeguarding Unit")
    subj = "Review CPC - OGDEN - 16/12/2026"
    build_email(name, "leeds", "Simon Atkinson", "simon.atkinson", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="leeds", kind="review", pre_birth=False, date="2026-12-16", time="09:30",
        tick=False, harm=["emotional"], children=[kid("Harrison Ogden", "03/03/2019")],
        adults=["Vicky Ogden", "Aaron Thackray"], criteria=[], decision="report_only",
        received=rec, texts=texts(subj, body, fname, p),
        tags=["pdf-letter", "letterhead", "risk-checklist-glyph", "unticked-checklist", "district-leeds", "review", "tick-report",
              "not-core-group"],
        notes="every risk box (CSE, RSO, police protection, current investigation...) is unticked: label words are not evidence; police not in core group -> report_only; 12 WD notice >= 10")

@case
def b_10c():
    name = "b-10c-calderdale-rcpc-letter-cse-ticked-discuss"
    rec = dt.datetime(2026, 12, 2, 9, 0)
    p = newpdf("Review conference invitation", "Calderdale Council")
    letterhead(p, *CAL, marking="OFFICIAL - SENSITIVE")
    letter(p, "1st December 2026", "Ref: CPA/R/30917", ["Calderdale Safeguarding Unit", "West Yorkshire Police", "Halifax"],
           "Re: Child Protection Review Conference - Paige MITCHELL",
           ["You are invited to the review child protection conference for Paige Mitchell on Tuesday 15th December 2026, commencing at 1pm, at Northgate House, Halifax.",
            "Paige's plan was made in June 2026 under the category of neglect. Since the last review there is a new CSE link: on 12 November 2026 Paige was found in a car with two adult men in Elland, and the CSE screening tool completed on 16 November rated the risk of sexual exploitation as high. She has had three missing episodes in the last month.",
            "Police are not currently members of the core group. Please return the contribution request below with your report."],
           ["Kind regards,", "", "Imran Qureshi", "Independent Chair"])
    p.page()
    p.text("AGENCY CONTRIBUTION REQUEST", size=12, bold=True)
    p.table([["Child", "Paige Mitchell (21/04/2011)"],
             ["Household", "Tracey Mitchell - mother; Lee Hanson - stepfather"],
             ["Conference", "RCPC 15/12/2026, 13:00"]], [150, 365], shade_first_col=True)
    checklist(p, {"Child sexual exploitation (CSE)", "Missing episodes", "Neglect"}, glyph=False)
    p.table([["Police attendance", {"boxes": [(False, "Requested"), (True, "Not requested")]}]], [150, 365], shade_first_col=True)
    pdf = p.bytes()
    fname = "RCPC invite MITCHELL.pdf"
    body = ("Good morning,\n\nPlease find attached the invitation to Paige MITCHELL's review conference on 15 December.\n\n"
            "Regards\nSarah Greenwood\nChild Protection Administration")
    subj = "RCPC - MITCHELL - 15/12/2026"
    build_email(name, "calderdale", "Sarah Greenwood", "cp.admin", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="calderdale", kind="review", pre_birth=False, date="2026-12-15", time="13:00",
        tick=False, harm=["neglect"], children=[kid("Paige Mitchell", "21/04/2011")],
        adults=["Tracey Mitchell", "Lee Hanson"], criteria=["child_sexual_exploitation"], decision="discuss",
        received=rec, texts=texts(subj, body, fname, p),
        tags=["pdf-letter", "letterhead", "risk-checklist-drawn", "district-calderdale", "review", "tick-report", "cse", "not-core-group"],
        notes="review, police not in core group, but a new CSE link (ticked box and prose) = Calderdale compelling reason -> discuss")

@case
def b_10d():
    name = "b-10d-kirklees-rcpc-letter-core-group-attend"
    rec = dt.datetime(2026, 12, 10, 14, 20)
    p = newpdf("Review conference invitation", "Kirklees Council")
    letterhead(p, *KIR)
    letter(p, "10/12/2026", "Our ref: KCP-RV-7764", ["Kirklees Safeguarding Unit (Child Protection)", "West Yorkshire Police", "Huddersfield"],
           "Re: Review Child Protection Conference for Finley and Evie ROYSTON",
           ["The next review conference for Finley and Evie will take place on Wednesday 20 January 2027 at 10.30am at Civic Centre 1, Huddersfield.",
            "The children are subject to plans under the category of neglect, linked to both parents' heroin use. DC Mark Ellis of the Kirklees Safeguarding Unit has been a member of the core group since the initial conference, and the child protection plan includes police weekend welfare checks and information-sharing about drug-related visitors to the address, which continue.",
            "Your report should reach the Chair at least three working days before the conference."],
           ["Yours sincerely,", "", "Rukhsana Bibi", "Conference Co-ordinator"])
    p.page()
    p.text("AGENCY CONTRIBUTION REQUEST", size=12, bold=True)
    p.table([["Children", "Finley Royston (12/12/2016), Evie Royston (05/05/2018)"],
             ["Parents", "Joanne Royston - mother, Ian Royston - father"],
             ["Conference", "Review, 20.01.2027, 10:30"]], [150, 365], shade_first_col=True)
    checklist(p, {"Neglect", "Parental substance misuse"})
    pdf = p.bytes()
    fname = "RCPC ROYSTON 20.01.27.pdf"
    body = ("Hello,\n\nInvitation attached - review child protection conference ROYSTON, 20 January 2027.\n\n"
            "Thanks\nRukhsana Bibi\nKirklees Council")
    subj = "RCPC invitation ROYSTON"
    build_email(name, "kirklees", "Rukhsana Bibi", "cpconferences", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="kirklees", kind="review", pre_birth=False, date="2027-01-20", time="10:30",
        tick=None, harm=["neglect"], children=[kid("Finley Royston", "12/12/2016"), kid("Evie Royston", "05/05/2018")],
        adults=["Joanne Royston", "Ian Royston"], criteria=["core_group_member"], decision="attend",
        received=rec, texts=texts(subj, body, fname, p),
        tags=["pdf-letter", "letterhead", "risk-checklist-glyph", "district-kirklees", "review", "tick-absent", "core-group", "wakefield-rules"],
        notes="police officer is a core-group member with continuing plan actions; Kirklees decided with Wakefield rules (5.1) -> attend")

@case
def b_10e():
    name = "b-10e-leeds-prebirth-review-letter-not-core-group-report-only"
    rec = dt.datetime(2026, 12, 7, 12, 0)
    p = newpdf("Review conference invitation", "Leeds City Council")
    letterhead(p, *LEE)
    letter(p, "4 December 2026", "Ref: ISU/PBR/0419", ["CPPU (Conference SPOC)", "Weetwood Police Station", "Leeds"],
           "Re: Pre-birth Review Child Protection Conference - unborn baby of Kirsty ROWE",
           ["I write to invite you to the pre-birth review child protection conference for the unborn baby of Kirsty Rowe (expected date of delivery 20/01/2027). The conference will be held at Seacroft Hub on 22/12/2026 at 11:00.",
            "The pre-birth plan was made in October under the category of neglect because of both parents' cannabis and alcohol use. At the initial conference it was agreed that police had no role in the plan, and police have not been part of the core group.",
            "A written update from police records is requested."],
           ["Yours sincerely,", "", "Pauline Verity", "Integrated Safeguarding Unit"])
    p.page()
    p.text("AGENCY CONTRIBUTION REQUEST", size=12, bold=True)
    p.table([["Unborn child", "Baby Rowe (EDD 20/01/2027)"],
             ["Parents", "Kirsty Rowe - mother\nDaniel Greaves - father"],
             ["Conference", "Pre-birth review, 22/12/2026 at 11:00"]], [150, 365], shade_first_col=True)
    checklist(p, {"Parental substance misuse", "Neglect"})
    glyph_row(p, "Police attendance requested:", [(False, "Yes"), (True, "No")])
    pdf = p.bytes()
    fname = "PB review ROWE.pdf"
    body = ("Dear CPPU,\n\nPlease find attached an invitation to a pre-birth review conference (ROWE) on 22 December 2026.\n\n"
            "Pauline Verity\nIntegrated Safeguarding Unit")
    subj = "Pre-birth review CPC ROWE 22/12/2026"
    build_email(name, "leeds", "Pauline Verity", "isu.conferences", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="leeds", kind="review", pre_birth=True, date="2026-12-22", time="11:00",
        tick=False, harm=["neglect"], children=[kid("Baby Rowe", None)],
        adults=["Kirsty Rowe", "Daniel Greaves"], criteria=[], decision="report_only",
        received=rec, texts=texts(subj, body, fname, p),
        tags=["pdf-letter", "letterhead", "risk-checklist-glyph", "district-leeds", "pre-birth", "review", "tick-no", "not-core-group"],
        notes="pre-birth review, police not in core group, only substance-misuse/neglect ticked -> report_only; 11 WD notice meets Leeds' 10")

@case
def b_10f():
    name = "b-10f-wakefield-rcpc-minutes-pdf-not-invitation"
    rec = dt.datetime(2026, 12, 9, 15, 5)
    p = newpdf("Minutes", "Wakefield Council")
    letterhead(p, *WAK)
    p.text("MINUTES OF REVIEW CHILD PROTECTION CONFERENCE", size=12, bold=True)
    p.table([["Children", "Tommy Shaw (22/10/2015), Grace Shaw (07/01/2019)"],
             ["Date and time of conference", "Tuesday 1 December 2026, 10:00"],
             ["Chair", "Philip Denton"],
             ["Present", "Amanda Shaw (mother), Neil Shaw (father), Zoe Bell (SW), DC Kate Pollard (WYP CPPU), school, health visitor"]],
            [150, 365], shade_first_col=True)
    p.para("Police update: DC Pollard reported that the investigation into the assault on Tommy in August remains open and that Mr Shaw is on bail with a condition not to stay overnight at the family home.", size=10)
    p.para("Decision: the children will remain subject to child protection plans under the category of physical abuse. Police remain members of the core group.", size=10)
    p.para("Next review conference: Tuesday 9 March 2027 at 10.00am, Wakefield One.", size=10)
    pdf = p.bytes()
    fname = "Minutes RCPC SHAW 01.12.26.pdf"
    body = ("Dear all,\n\nPlease find attached the minutes of the review conference held on 1 December 2026 for Tommy and Grace SHAW. "
            "Please let me know of any factual inaccuracies within 5 working days.\n\nKaren Holroyd\nSafeguarding and Review Unit")
    subj = "Minutes - RCPC - SHAW - 01/12/2026"
    build_email(name, "wakefield", "Karen Holroyd", "sru.admin", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="wakefield", kind=None, pre_birth=None, date=None, time=None,
        tick=None, harm=None, children=[kid("Tommy Shaw", "22/10/2015"), kid("Grace Shaw", "07/01/2019")], adults=None,
        criteria=None, decision="manual_review", received=rec, texts=texts(subj, body, fname, p),
        flags_required=["not_an_invitation"], non_invitation=True,
        not_forbid=["no_booking_form", "missing_reason", "missing_family_details", "missing_conference_date", "deadline_passed"],
        tags=["pdf-letter", "minutes", "district-wakefield", "not-an-invitation"],
        notes="minutes of a conference already held (with the next review date) are not an invitation -> manual_review, not_an_invitation, even though police criteria appear")

@case
def b_10g():
    name = "b-10g-calderdale-rcpc-cancellation-letter"
    rec = dt.datetime(2026, 12, 11, 10, 0)
    p = newpdf("Cancellation", "Calderdale Council")
    letterhead(p, *CAL, marking="OFFICIAL - SENSITIVE")
    letter(p, "11 December 2026", "Ref: CPA/R/30644", ["Calderdale Safeguarding Unit", "West Yorkshire Police", "Halifax"],
           "Re: CANCELLATION - Review Child Protection Conference - Ava CROWTHER (dob 14/08/2020)",
           ["I am writing to let you know that the review child protection conference for Ava Crowther, which was arranged for Thursday 17 December 2026 at 10.00am at Northgate House, has been cancelled and will not be re-arranged.",
            "Ava and her mother, Jade Crowther, moved to Cumbria on 4 December 2026 and the case has been transferred to the receiving authority, which will hold a transfer-in conference.",
            "No report is now required. Thank you for your contributions to Ava's plan."],
           ["Yours sincerely,", "", "Imran Qureshi", "Independent Chair"])
    pdf = p.bytes()
    fname = "Cancellation RCPC CROWTHER.pdf"
    body = ("Good morning,\n\nPlease see the attached letter: the RCPC for Ava CROWTHER on 17/12/2026 is CANCELLED.\n\n"
            "Regards\nMartin Sowden\nCP Administration | Calderdale Council")
    subj = "CANCELLED - RCPC CROWTHER 17/12/2026"
    build_email(name, "calderdale", "Martin Sowden", "cp.admin", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="calderdale", kind="review", pre_birth=False, date="2026-12-17", time="10:00",
        tick=None, harm=None, children=[kid("Ava Crowther", "14/08/2020")], adults=["Jade Crowther"],
        criteria=[], decision="manual_review", received=rec, texts=texts(subj, body, fname, p),
        flags_required=["cancelled"], non_invitation=True,
        not_forbid=["no_booking_form", "missing_reason", "missing_family_details", "deadline_passed", "tickbox_ambiguous"],
        tags=["pdf-letter", "letterhead", "cancellation", "district-calderdale", "review"],
        notes="the conference is cancelled -> manual_review with cancelled (a cancellation is not flagged not_an_invitation)")

if __name__ == "__main__":
    for f in CASES:
        f()
        print("ok", f.__name__)
