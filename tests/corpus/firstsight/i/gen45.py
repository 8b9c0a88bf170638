"""Layout 45: agency report request forms.

The council's template asking West Yorkshire Police for a written report, with numbered
questions ('1. Details of police involvement with the family in the last 2 years', '2. Any
current investigations', '3. Is the police officer able to attend?'), partly pre-filled by the
council from police information (strategy discussion, PPNs) and partly left for the police.
Mostly sent WITH the invitation (so the email is an invitation); two are stand-alone report
requests for a conference already notified (not_an_invitation) or cannot be opened."""
import io
import docx
from docx.shared import Pt
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from pypdf import PdfReader, PdfWriter
import gen41  # registers the DejaVu fonts
from common import *

LEAVE = "[For West Yorkshire Police to complete]"


def form_spec(council, kind_text, conf_lines, family_lines, questions, intro=None):
    spec = [("marking", "OFFICIAL-SENSITIVE"), ("title", "AGENCY REPORT TO CHILD PROTECTION CONFERENCE"),
            ("p", council), ("p", "Report requested from: West Yorkshire Police (Child and Public Protection Unit)"),
            ("p", "Conference: " + kind_text)]
    spec += [("p", x) for x in conf_lines]
    spec += [("h", "Child(ren) and family members")] + [("p", x) for x in family_lines]
    spec += [("p", intro or "Answers marked [Pre-filled by CSC] were completed by Children's Social Care from information "
                            "shared by the police. Please check them, correct anything that is wrong and complete the rest.")]
    spec.append(("h", "Questions for West Yorkshire Police"))
    for q, a in questions:
        spec.append(("q", q))
        spec.append(("a", a))
    spec.append(("p", "Report completed by (name, rank, unit): ____________________    Date: __________"))
    return spec


def spec_docx(spec):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    texts = []
    for k, t in spec:
        texts.append(t)
        if k == "marking":
            d.sections[0].header.paragraphs[0].text = t
        elif k == "title":
            d.add_heading(t, level=1)
        elif k == "h":
            d.add_heading(t, level=2)
        elif k == "q":
            p = d.add_paragraph()
            p.add_run(t).bold = True
        elif k == "a":
            p = d.add_paragraph(t)
            p.paragraph_format.left_indent = Pt(18)
        else:
            d.add_paragraph(t)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), texts


def spec_pdf(spec, password=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    W, H = A4
    y = H - 50
    texts = []
    for k, t in spec:
        texts.append(t)
        font, size, x, lead, width = "DV", 9.5, 50, 13, W - 100
        if k == "marking":
            c.setFont("DVB", 9)
            c.drawCentredString(W / 2, H - 28, t)
            c.drawCentredString(W / 2, 20, t)
            continue
        if k == "title":
            font, size, lead = "DVB", 14, 20
        elif k in ("h", "q"):
            font, size = "DVB", 10
            y -= 4
        elif k == "a":
            x, width = 64, W - 128
        lines = simpleSplit(t, font, size, width)
        if k == "a":
            c.setStrokeGray(0.6)
            c.rect(x - 6, y - lead * len(lines) + 8, width + 12, lead * len(lines) + 4, stroke=1, fill=0)
        c.setFont(font, size)
        for ln in lines:
            if y < 50:
                c.showPage()
                y = H - 50
                c.setFont(font, size)
            c.drawString(x, y, ln)
            y -= lead
        y -= 5
    c.showPage()
    c.save()
    data = buf.getvalue()
    if password:
        r = PdfReader(io.BytesIO(data))
        w = PdfWriter()
        for p in r.pages:
            w.add_page(p)
        w.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
        out = io.BytesIO()
        w.write(out)
        data = out.getvalue()
        texts = []
    return data, texts


CASES = []

CASES.append(dict(
    name="i-45-01-wakefield-icpc-report-request-prefilled-marac",
    district="wakefield", kind="initial", date="2026-12-21", time="09:30", tick=None,
    harm=["emotional"], received=T("2026-12-11 10:30"),
    children=[("Tia Reid", "2019-05-05")], adults=["Katie Reid", "Jordan Lambert"],
    criteria=["domestic_abuse_current_involvement"], decision="attend",
    tags=["report-request-form", "docx", "district-wakefield", "initial", "tick-absent",
          "prefilled-by-council", "question-text-trap"],
    notes="invitation with the report template; Q1 pre-filled from police information: strangulation, DASH high, MARAC 10/12/2026, bail conditions, DA officer allocated -> DA with current police involvement -> attend; the words RSO/CSE appear only in an unanswered question; Q3 'able to attend?' is a question, not a tick box -> null",
    sender=("Janet Moxon", "janet.moxon@wakefield.gov.uk"),
    subject="OFFICIAL-SENSITIVE: ICPC REID 21/12/2026 - invitation and police report template",
    body=("Good morning\n\nYou are invited to an Initial Child Protection Conference for Tia Reid on Monday 21 December 2026 "
          "at 9.30am at Wakefield One, Room 2.11.\n\nPlease complete the attached agency report template and return it to the "
          "Chair at least 3 working days before the conference. Question 1 has been partly completed from the information "
          "police shared at the strategy discussion.\n\nJanet Moxon\nSafeguarding and Review Unit\nWakefield Council\n"),
    attach="REID Tia - agency report template - WYP.docx", fmt="docx",
    spec=form_spec(
        "Wakefield Council - Safeguarding and Review Unit", "Initial Child Protection Conference",
        ["Date: Monday 21/12/2026    Time: 09:30    Venue: Wakefield One, Burton Street, Wakefield, Room 2.11",
         "Chair: Alison Dearden    Social worker: Bethany Lodge    CareDirector ID: CD421377",
         "Category requested: Emotional abuse"],
        ["Tia Reid - child - date of birth 05/05/2019", "Katie Reid - mother - date of birth 18/03/1996",
         "Jordan Lambert - father - date of birth 02/10/1994 (not currently living at the address)"],
        [("1. Details of police involvement with the family in the last 2 years",
          "[Pre-filled by CSC] 29/11/2026 - police attended a domestic incident at the family home; Ms Reid was strangled by "
          "Mr Lambert while Tia was in the room. DASH: high risk. "
          "Mr Lambert was arrested and released on police bail with conditions not to contact Ms Reid or attend the address. The case was "
          "heard at MARAC on 10/12/2026 and PC Lister (Wakefield Domestic Abuse team) has been allocated to Ms Reid."),
         ("2. Any current investigations", LEAVE),
         ("3. Is the police officer able to attend?", LEAVE + "  Yes / No"),
         ("4. Any other information the conference should know (for example RSO status, CSE, firearms, warning markers)", LEAVE)]),
))

CASES.append(dict(
    name="i-45-02-leeds-icpc-report-request-pdf-rui-abe",
    district="leeds", kind="initial", date="2027-01-13", time="10:00", tick=None,
    harm=["physical"], received=T("2027-01-05 11:45"),
    children=[("Jack Moran", "2018-02-14"), ("Ava Moran", "2021-07-29")],
    adults=["Laura Moran", "Sean Moran"],
    criteria=["current_investigation"], decision="attend",
    tags=["report-request-form", "pdf", "district-leeds", "initial", "tick-absent", "prefilled-by-council",
          "rui", "abe", "standard-risk-da-trap"],
    notes="Q2 pre-filled: Operation Larkspur, father arrested and released under investigation, ABE held -> current investigation of physical abuse in the family (Leeds §4.6 item 1) -> attend; the 2025 domestic incidents were standard risk with no current involvement -> not the DA criterion",
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="ICPC MORAN 13/01/2027 - invitation and request for police report [OFFICIAL-SENSITIVE]",
    body=("Hello\n\nAn Initial Child Protection Conference for Jack and Ava Moran will be held on Wednesday 13 January 2027 "
          "at 10:00 at Merrion House. The attached request for a police report has been partly completed from the "
          "strategy discussion notes. Please return it to the ISU at least 24 hours before the conference.\n\n"
          "Integrated Safeguarding Unit\nLeeds City Council\n"),
    attach="MORAN police report request.pdf", fmt="pdf",
    spec=form_spec(
        "Leeds City Council - Integrated Safeguarding Unit", "Initial Child Protection Conference",
        ["Date: 13/01/2027    Time: 10:00    Venue: Merrion House, 110 Merrion Centre, Leeds LS2 8BB - Room 4C",
         "Chair: Graham Oduya    Social worker: Shabana Rafiq    Mosaic ID: MOS779051",
         "Category requested: Physical abuse"],
        ["Jack Moran - date of birth 14/02/2018", "Ava Moran - date of birth 29/07/2021",
         "Laura Moran - mother", "Sean Moran - father"],
        [("1. Details of police involvement with the family in the last 2 years",
          "[Pre-filled by CSC] Police attended three domestic incidents in 2025 (verbal arguments, assessed as standard "
          "risk, no further action). There is no current domestic abuse involvement."),
         ("2. Any current investigations",
          "[Pre-filled by CSC] Yes - Operation Larkspur: investigation into a fractured femur to Ava found on 21/12/2026. "
          "Mr Moran was arrested on 22/12/2026, interviewed and released under investigation. An ABE interview with Jack "
          "took place on 30/12/2026. OIC: DC Bairstow, Leeds CPPU."),
         ("3. Is the police officer able to attend?", LEAVE),
         ("4. Police view of risk and recommendations", LEAVE)]),
))

CASES.append(dict(
    name="i-45-03-calderdale-icpc-report-request-prior-arrest-rso-question-blank",
    district="calderdale", kind="initial", date="2027-01-18", time="13:00", tick=None,
    harm=["emotional", "neglect"], received=T("2027-01-07 14:10"),
    children=[("Freddie Hollings", "2015-08-22")], adults=["Sian Hollings", "Callum Hollings"],
    criteria=["prior_unit_involvement"], decision="attend",
    tags=["report-request-form", "docx", "district-calderdale", "initial", "tick-absent",
          "prefilled-by-council", "question-text-trap", "nfa-historical"],
    notes="Q1 pre-filled: 2023 Safeguarding Unit investigation and interview under caution of the father for assaulting Freddie (NFA) = previous significant unit involvement -> attend (Calderdale); the RSO question is left for police, so no RSO criterion",
    sender=("Safeguarding and Quality Assurance", "cp.conferences@calderdale.gov.uk"),
    subject="ICPC HOLLINGS 18.01.27 - invitation / agency report request (OFFICIAL-SENSITIVE)",
    body=("Dear colleagues\n\nYou are invited to the Initial Child Protection Conference for Freddie Hollings on Monday "
          "18 January 2027 at 1pm, Halifax Town Hall. Please use the attached template for your report.\n\n"
          "Safeguarding and Quality Assurance Unit\nCalderdale Council\n"),
    attach="HOLLINGS - agency report request - Police.docx", fmt="docx",
    spec=form_spec(
        "Calderdale Council - Safeguarding and Quality Assurance Unit", "Initial CPC",
        ["Date: 18/01/2027    Time: 13:00    Venue: Halifax Town Hall, Committee Room A",
         "Chair: Claire Ambler    Social worker: Nadia Hussain",
         "Categories requested: Emotional abuse; Neglect"],
        ["Freddie Hollings (child) - DOB 22/08/2015", "Sian Hollings (mother) - DOB 09/09/1989",
         "Callum Hollings (father) - DOB 01/04/1987"],
        [("1. Details of police involvement with the family in the last 2 years",
          "[Pre-filled by CSC] In June 2023 the Calderdale Safeguarding Unit investigated Mr Hollings for assaulting Freddie "
          "(slap mark to the face). He was interviewed under caution and the case was closed NFA for insufficient evidence. "
          "Nothing further is known to CSC."),
         ("2. Any current investigations", "Not known to CSC - police to confirm."),
         ("3. Is the police officer able to attend?", LEAVE),
         ("4. Is any adult in the household a registered sex offender or managed under MAPPA?", LEAVE),
         ("5. Reason for conference (for information)",
          "[Pre-filled by CSC] Mr Hollings's cocaine use and aggressive outbursts at home; Freddie is frightened, has lost "
          "weight and has missed a third of the school term.")]),
))

CASES.append(dict(
    name="i-45-04-wakefield-rcpc-standalone-report-request-not-invitation",
    district="wakefield", kind="review", date="2026-12-17", time="14:00", tick=None,
    harm=["emotional"], received=T("2026-12-08 12:00"),
    children=[("Jessica Barker", "2016-04-12")], adults=["Claire Barker", "Anthony Barker"],
    criteria=[], decision="manual_review", flags_required=["not_an_invitation"],
    deadlines_report_only=True,
    minimal_forbidden=["cancelled", "rescheduled", "unverified_sender", "encrypted_unreadable",
                       "deadline_passed", "unreadable_attachment", "tickbox_conflict", "district_unknown"],
    tags=["report-request-form", "docx", "district-wakefield", "review", "not-an-invitation",
          "standalone-report-request"],
    notes="stand-alone report request 'further to the invitation sent on 26 November' - not an invitation -> manual_review + not_an_invitation (daemon would attach it to the existing occurrence); report due Mon 14 Dec",
    sender=("Rachel Fawcett", "rachel.fawcett@wakefield.gov.uk"),
    subject="Police report request - RCPC BARKER 17/12/2026",
    body=("Hello\n\nFurther to the invitation sent on 26 November, please complete the attached agency report template for "
          "Jessica Barker's review conference on Thursday 17 December 2026 at 2pm and return it to the Chair by Monday "
          "14 December.\n\nRachel Fawcett\nSafeguarding and Review Unit\nWakefield Council\n"),
    attach="BARKER RCPC - agency report template - WYP.docx", fmt="docx",
    spec=form_spec(
        "Wakefield Council - Safeguarding and Review Unit", "Review Child Protection Conference (first review)",
        ["Date: 17/12/2026    Time: 14:00    Venue: Microsoft Teams", "Chair: Simon Outhwaite    Plan category: Emotional abuse"],
        ["Jessica Barker - DOB 12/04/2016", "Claire Barker - mother", "Anthony Barker - father"],
        [("1. Details of police involvement with the family since the last conference",
          "[Pre-filled by CSC] None recorded since the initial conference."),
         ("2. Any current investigations", LEAVE),
         ("3. Is the police officer able to attend?", LEAVE)]),
))

CASES.append(dict(
    name="i-45-05-kirklees-prebirth-report-request-chair-di-agreed",
    district="kirklees", kind="initial", pre_birth=True, date="2027-01-20", time="10:00", tick=None,
    harm=["physical", "emotional"], received=T("2027-01-13 16:45"),
    children=[("Unborn baby Oldroyd", None)], adults=["Chloe Oldroyd", "Aaron Dyson"],
    criteria=["negotiated_attendance"], decision="attend",
    tags=["report-request-form", "docx", "district-kirklees", "initial", "pre-birth", "tick-absent",
          "negotiated", "mappa-2-trap", "wakefield-rules"],
    notes="Q3 pre-filled by the Chair: attendance agreed with DI Haigh -> negotiated_attendance -> attend (Wakefield rules for Kirklees); MAPPA category 2 (violent) is not RSO; Kirklees has no minimum notice",
    sender=("Kirklees Child Protection Conference Service", "cp.conferences@kirklees.gov.uk"),
    subject="Pre-birth ICPC OLDROYD 20/01/2027 - report request - OFFICIAL-SENSITIVE",
    body=("Good afternoon\n\nYou are invited to a pre-birth Initial Child Protection Conference for unborn baby Oldroyd on "
          "Wednesday 20 January 2027 at 10:00 at Huddersfield Civic Centre 1. The police report request is attached.\n\n"
          "Conference Service\nKirklees Council\n"),
    attach="OLDROYD pre-birth - police report request.docx", fmt="docx",
    spec=form_spec(
        "Kirklees Council - Child Protection Conference Service", "Pre-birth Initial Child Protection Conference",
        ["Date: Wednesday 20 January 2027    Time: 10:00    Venue: Civic Centre 1, High Street, Huddersfield",
         "Chair: Sunita Patel    Social worker: Liam Brook",
         "Categories requested: Physical abuse; Emotional abuse"],
        ["Unborn baby Oldroyd - EDD 14/04/2027", "Chloe Oldroyd - mother - DOB 06/06/2000",
         "Aaron Dyson - father of the unborn baby - DOB 19/11/1992"],
        [("1. Details of police involvement with the family in the last 2 years",
          "[Pre-filled by CSC] Mr Dyson was released from prison in August 2026 after a sentence for wounding a former "
          "partner and is managed under MAPPA category 2 (violent offender). He is not a registered sex offender."),
         ("2. Any current investigations", LEAVE),
         ("3. Is the police officer able to attend?",
          "[Pre-filled by the Chair] Following discussion with DI Haigh (Kirklees Safeguarding Unit) on 12/01/2027 it has "
          "been agreed that police will attend this conference."),
         ("4. Police view of risk to the unborn baby", LEAVE)]),
))

CASES.append(dict(
    name="i-45-06-leeds-rcpc-report-request-core-group-late-notice",
    district="leeds", kind="review", date="2027-01-27", time="10:00", tick=None,
    harm=["neglect"], received=T("2027-01-18 09:05"),
    children=[("Daisy Whitaker", "2019-01-03")], adults=["Joanne Whitaker", "Lee Whitaker"],
    criteria=["core_group_member"], decision="attend",
    tags=["report-request-form", "docx", "district-leeds", "review", "tick-absent", "core-group",
          "late-notice", "prefilled-by-council"],
    notes="review; Q1 pre-filled: PC Rahman is a named core group member with police actions in the plan -> attend (Leeds §4.8); 7 working days' notice is short of the Leeds 10-day review minimum -> late_notice",
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="RCPC WHITAKER 27/01/2027 - invitation and report template - OFFICIAL-SENSITIVE",
    body=("Hello\n\nDaisy Whitaker's review child protection conference has been booked for Wednesday 27 January 2027 at "
          "10:00 at Merrion House. Apologies for the short notice. Please complete the attached report template and send "
          "it to the ISU at least 24 hours before.\n\nIntegrated Safeguarding Unit\nLeeds City Council\n"),
    attach="WHITAKER RCPC report template WYP.docx", fmt="docx",
    spec=form_spec(
        "Leeds City Council - Integrated Safeguarding Unit", "Review Child Protection Conference (second review)",
        ["Date: 27/01/2027    Time: 10:00    Venue: Merrion House, Room 5A", "Chair: Ruth Ackroyd    Plan category: Neglect"],
        ["Daisy Whitaker - DOB 03/01/2019", "Joanne Whitaker - mother", "Lee Whitaker - father"],
        [("1. Details of police involvement with the family since the last conference",
          "[Pre-filled by CSC] PC Rahman (Leeds CPPU) is a named member of the core group and attended the core group "
          "meetings on 18/11/2026, 16/12/2026 and 13/01/2027. Police actions in the child protection plan: welfare checks "
          "at the address after 10pm and sharing of any calls to the address."),
         ("2. Any current investigations", LEAVE),
         ("3. Is the police officer able to attend?", LEAVE)]),
))

CASES.append(dict(
    name="i-45-07-bradford-icpc-report-request-password-protected-pdf",
    district="bradford", kind="initial", date="2027-02-09", time="10:00", tick=None,
    harm=[], received=T("2027-01-29 10:00"),
    children=[], adults=[],
    criteria=[], decision="manual_review",
    flags_required=["encrypted_unreadable", "unreadable_attachment", "no_booking_form"],
    flags_unsure=["missing_family_details", "missing_reason", "possible_duplicate", "district_unknown"],
    tags=["report-request-form", "pdf", "encrypted", "password", "district-bradford", "initial"],
    notes="the invitation and report request is a password-protected PDF (password 'to follow'); nothing but the covering note can be read -> encrypted_unreadable + unreadable_attachment + no_booking_form -> manual_review (never report_only)",
    sender=("CP Admin Team", "cp.admin@bradford.gov.uk"),
    subject="OFFICIAL-SENSITIVE - ICPC 09/02/2027 - NAZIR - invitation and report request",
    body=("Good morning\n\nPlease find attached the invitation and police report request for an Initial Child Protection "
          "Conference for the NAZIR children on Tuesday 9 February 2027 at 10am at Britannia House.\n\n"
          "The attachment is password protected; the password will follow in a separate email.\n\n"
          "CP Admin Team\nBradford Children's Social Care\n"),
    attach="NAZIR ICPC report request.pdf", fmt="pdf", password="Nz!0902",
    spec=form_spec(
        "City of Bradford MDC - Children's Social Care", "Initial Child Protection Conference",
        ["Date: 09/02/2027    Time: 10:00    Venue: Britannia House, Hall Ings, Bradford"],
        ["Hamza Nazir - DOB 03/03/2016", "Inaya Nazir - DOB 21/09/2019", "Rukhsana Nazir - mother"],
        [("1. Details of police involvement with the family in the last 2 years", LEAVE),
         ("2. Any current investigations", LEAVE),
         ("3. Is the police officer able to attend?", LEAVE)]),
))


def build(c):
    s_name, s_addr = c["sender"]
    if c["fmt"] == "docx":
        data, texts = spec_docx(c["spec"])
        att = (c["attach"], data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
    else:
        data, texts = spec_pdf(c["spec"], c.get("password"))
        att = (c["attach"], data, "application", "pdf")
    eml = build_eml(seed=c["name"], sender_name=s_name, sender=s_addr, to=POLICE[c["district"]],
                    subject=c["subject"], received=c["received"], body_text=c["body"], attachments=[att])
    c["source_texts"] = [c["subject"], c["body"]] + texts + [c["attach"]]
    return eml
