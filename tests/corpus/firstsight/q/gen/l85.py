"""Layout 85: numbered and question-led forms (answers by number, Q/A pairs, online-form notifications, rotated and
cover-sheeted PDFs, check boxes drawn as filled/empty squares)."""
import datetime as dt
from email.mime.text import MIMEText
from common import *
from fmt import *

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def c01():
    case = "q-85-01-wakefield-icpc-pdf-answers-by-number-late"
    T = Texts()
    subj = T.add("URGENT ICPC Monday 18/01/2027 - RHODES")
    body = T.add("Apologies for the late notice - the chair could only offer Monday. Form attached (questions on page 1, answers on page 2).\n\n"
                 "Leanne Firth\nSafeguarding and Review Unit, Wakefield Council")
    qs = ["Type of conference", "Date of conference", "Start time", "Venue", "Child's full name", "Child's date of birth",
          "Mother's name", "Father's / partner's name", "Who has parental responsibility?", "Category of concern",
          "What has happened to bring the child to conference?", "Is there a police investigation? Give details.",
          "Has the child been placed in police protection?", "Police attendance: required or written report sufficient?",
          "Interpreter required?", "Name of person completing this form"]
    ans = ["Initial", "18/01/2027", "9.30am", "Wakefield One, Room 2.11", "Phoebe Rhodes", "26/04/2017", "Amy Rhodes", "Craig Rhodes",
           "Both parents",
           "Physical", "Phoebe has a spiral fracture of the left forearm; the explanation given by the parents does not match the injury.",
           "Yes - joint s47 with the police. Phoebe's ABE interview took place on 11/01/2027. Mr Rhodes has been interviewed and is on pre-charge bail.",
           "No", "Required", "No", "Leanne Firth for Zainab Malik (SW)"]
    p = Pdf(T, title="ICPC booking - numbered")
    p.line("WAKEFIELD - ICPC BOOKING (NUMBERED FORMAT)", "Helvetica-Bold", 12)
    p.line("Part A - Questions. Write your answers in Part B using the same numbers.", "Helvetica-Oblique", 8)
    p.space()
    for i, q in enumerate(qs, 1):
        p.line("%d. %s" % (i, q), "Helvetica", 10)
    p.newpage()
    p.line("Part B - Answers", "Helvetica-Bold", 12)
    p.space()
    for i, a in enumerate(ans, 1):
        p.para("%d) %s" % (i, a))
    pdf = p.bytes()
    fname = T.add("RHODES ICPC.pdf")
    msg = mixed(text_part(body), attach_bytes(pdf, "application/pdf", fname))
    rec = dt.datetime(2027, 1, 14, 15, 48, 0)
    headers(msg, case=case, sender="Leanne Firth <leanne.firth@wakefield.gov.uk>", to=MAILBOX["wakefield"], subject=subj, received=rec)
    lab = label(district="wakefield", kind="initial", date="2027-01-18", time="09:30", tick="attend", harm=["physical"],
                children=[("Phoebe Rhodes", "2017-04-26")], adults=["Amy Rhodes", "Craig Rhodes"], criteria=["current_investigation"],
                decision="attend", received=rec, texts=T,
                tags=["pdf-numbered", "answers-on-separate-page", "late-notice", "deadline-passed"],
                notes="current joint s47, ABE, pre-charge bail (item 1); 2 working days' notice (< 5) and report due 13/01 already passed")
    return case, msg, lab


def _form_notification(T, title, ref, qa, footer):
    rows = [["Question", "Answer"]] + [[q, a] for q, a in qa]
    parts = [hp(T, title, "h3"), hp(T, "A new response has been submitted. Reference: %s" % ref),
             htable(T, rows, attrs='border="0" cellpadding="6" cellspacing="0"', style="border:1px solid #ccc"),
             hp(T, footer, style="color:#777;font-size:9pt")]
    return page("\n".join(parts), title)


def c02():
    case = "q-85-02-leeds-icpc-online-form-question-answer"
    T = Texts()
    subj = T.add("Form response: Child Protection Conference booking request (ref CPB-20270111-0042)")
    qa = [("Conference type", "Initial child protection conference"),
          ("Preferred date", "26/01/2027"),
          ("Start time", "09:30"),
          ("Location", "Merrion House, Room 7.08"),
          ("Child 1 - name", "Logan Jagger"), ("Child 1 - date of birth", "06/06/2016"),
          ("Child 2 - name", "Ellie-Mae Jagger"), ("Child 2 - date of birth", "14/09/2020"),
          ("Child 3 - name", ""), ("Child 3 - date of birth", ""),
          ("Parent/carer names", "Kirsty Jagger (mother), Mark Jagger (father)"),
          ("Category", "Neglect"),
          ("Summary of concerns", "Home conditions are very poor (dog faeces, no bedding), Ellie-Mae has untreated tooth decay and Logan's school attendance is 61%."),
          ("Is there a current police investigation?", "No"),
          ("Has any child been placed in police protection?", "No"),
          ("Is a registered sex offender linked to the household?", "No"),
          ("What do you need from West Yorkshire Police?", "Written report only"),
          ("Your name", "Sophie Ingle (Social Worker, Leeds West)")]
    html = _form_notification(T, "Leeds City Council - Online Forms", "CPB-20270111-0042", qa,
                              "This is an automated message from the council's forms service. Do not reply to this address.")
    msg = MIMEText(html, "html", "utf-8")
    rec = dt.datetime(2027, 1, 11, 12, 5, 0)
    headers(msg, case=case, sender="Leeds Forms <noreply@forms.leeds.gov.uk>", to=MAILBOX["leeds"], subject=subj, received=rec)
    lab = label(district="leeds", kind="initial", date="2027-01-26", time="09:30", tick="report", harm=["neglect"],
                children=[("Logan Jagger", "2016-06-06"), ("Ellie-Mae Jagger", "2020-09-14")], adults=["Kirsty Jagger", "Mark Jagger"],
                criteria=[], decision="report_only", received=rec, texts=T, unscored=["no_booking_form"],
                tags=["html-body", "online-form-notification", "question-answer", "negated-questions", "subdomain-sender"],
                notes="questions about investigation, police protection and RSO answered No; written report only -> report_only")
    return case, msg, lab


def c03():
    case = "q-85-03-calderdale-icpc-pdf-cover-rotated-rso"
    T = Texts()
    subj = T.add("Secure print: ICPC paperwork STOTT (3 pages)")
    body = T.add("Scanned from MFP-HX-02 in Northgate House. Pages 2-3 were fed in landscape - sorry.\nCalderdale CP Admin")
    p = Pdf(T, title="Scan")
    p.line("COVER SHEET", "Helvetica-Bold", 20)
    p.space(10)
    p.line("To: Police Safeguarding Unit (Calderdale)", "Helvetica", 12)
    p.line("From: Child Protection Administration", "Helvetica", 12)
    p.line("Pages (including this one): 3", "Helvetica", 12)
    p.line("Re: Initial Child Protection Conference - STOTT", "Helvetica", 12)
    p.space(10)
    p.para("OFFICIAL-SENSITIVE. This document contains personal information. If received in error, destroy it and tell the sender.", size=9)
    p.rotate = 90
    p.newpage()
    p.line("CHILD PROTECTION CONFERENCE - NOTIFICATION", "Helvetica-Bold", 12)
    p.table([["1. Conference", "Initial"], ["2. Date", "Friday 22 January 2027"], ["3. Time", "10.00am"], ["4. Venue", "Todmorden Hippodrome meeting room"],
             ["5. Child", "Kai Stott, 08/12/2015"], ["6. Mother", "Toni Stott"], ["7. Other adults in household", "Graham Ward (lodger since 09/2026)"],
             ["8. Category", "Sexual abuse (risk)"]], [170, 325], bold_first_col=False)
    p.newpage()
    p.line("9. Reason for conference", "Helvetica-Bold", 11)
    p.para("Mr Ward rents Ms Stott's spare room. He is a registered sex offender (2017 conviction for sexual assault of an adult woman) managed under "
           "MAPPA category 1 and did not disclose his address change to his offender manager. Kai shares a bathroom with him and is often left in his care.")
    p.para("10. Other information: there are no CSE concerns for Kai. Ms Stott says she did not know about the conviction.")
    pdf = p.bytes()
    fname = T.add("SCAN_20270112_0915.pdf")
    msg = mixed(text_part(body), attach_bytes(pdf, "application/pdf", fname))
    rec = dt.datetime(2027, 1, 12, 9, 18, 0)
    headers(msg, case=case, sender="MFP Scanner <scan.northgate@calderdale.gov.uk>", to=MAILBOX["calderdale"], subject=subj, received=rec)
    lab = label(district="calderdale", kind="initial", date="2027-01-22", time="10:00", tick="absent", harm=["sexual"],
                children=[("Kai Stott", "2015-12-08")], adults=["Toni Stott", "Graham Ward"], criteria=["registered_sex_offender"],
                decision="attend", received=rec, texts=T, tags=["pdf-cover-sheet", "pdf-rotated-pages", "numbered-fields", "mappa-cat1"],
                notes="RSO lodger in the household (Calderdale: RSO a significant nominal) -> attend; pages 2-3 carry /Rotate 90")
    return case, msg, lab


def c04():
    case = "q-85-04-kirklees-rcpc-text-qa-pairs-report-only"
    T = Texts()
    subj = T.add("RE: review conf WILBY - 12 Jan")
    body = T.add(
        "Hi,\n\nAnswers to the usual questions for the Wilby review below.\n\n"
        "Q: Type of conference?\nA: Review (3rd)\n\n"
        "Q: When and where?\nA: Tues 12/01/2027 @ 13:30, Batley Town Hall\n\n"
        "Q: Children?\nA: Jessica Wilby 07/07/2013 and Ethan Wilby 02/02/2015\n\n"
        "Q: Parents?\nA: Claire Wilby (mum) and Scott Wilby (dad) - live together\n\n"
        "Q: Plan category?\nA: Emotional\n\n"
        "Q: Are police members of the core group?\nA: No. Police came off the core group in June 2026 once the injunction ended.\n\n"
        "Q: Any CSE concerns?\nA: None.\n\n"
        "Q: Any arrests?\nA: Dad was arrested in March 2024 after a fight with a neighbour - NFA. Nothing involving the children.\n\n"
        "Q: Do you need police to attend?\nA: Report only please.\n\n"
        "Cheers\nMaria Tolson\nSocial Worker, Kirklees Children's Social Care\n")
    msg = MIMEText(body, "plain", "utf-8")
    rec = dt.datetime(2026, 12, 22, 10, 2, 0)
    headers(msg, case=case, sender="Maria Tolson <maria.tolson@kirklees.gov.uk>", to=MAILBOX["kirklees"], subject=subj, received=rec)
    lab = label(district="kirklees", kind="review", date="2027-01-12", time="13:30", tick="report", harm=["emotional"],
                children=[("Jessica Wilby", "2013-07-07"), ("Ethan Wilby", "2015-02-02")], adults=["Claire Wilby", "Scott Wilby"],
                criteria=[], decision="report_only", received=rec, texts=T, unscored=["no_booking_form"],
                tags=["plain-text", "question-answer-pairs", "reply-shaped-invitation", "trap-historic-core-group", "bank-holidays"],
                notes="review; police left the core group (historical), no CSE, arrest not about the children -> report_only (Wakefield rules for Kirklees)")
    return case, msg, lab


def c05():
    case = "q-85-05-bradford-prebirth-pdf-drawn-squares-discuss"
    T = Texts()
    subj = T.add("Pre-birth ICPC - HUSSAIN - 21.01.2027")
    body = T.add("Dear colleague, please find the pre-birth conference request attached.\nBradford Children's Social Care - Conference Team")
    p = Pdf(T, title="Pre-birth ICPC request")
    p.line("BRADFORD CHILDREN'S SOCIAL CARE", "Helvetica-Bold", 12)
    p.line("Pre-Birth Child Protection Conference - Request", "Helvetica-Bold", 11)
    p.space()
    fields = [("1", "Date of conference", "21/01/2027"), ("2", "Time", "10:00"), ("3", "Venue", "Sir Henry Mitchell House, Room 4"),
              ("4", "Unborn child", "Unborn baby Hussain - EDD 15/03/2027"), ("5", "Mother", "Aisha Hussain (19/07/2001)"),
              ("6", "Father", "Bilal Rashid (30/01/1999)"), ("7", "Category", "Neglect")]
    for n, k, v in fields:
        p.line("%s.  %s:  %s" % (n, k, v), "Helvetica", 10)
    p.space()
    p.line("8.  Concerns", "Helvetica-Bold", 10)
    p.para("Ms Hussain's first child was removed in Kirklees in 2023 because of neglect. She has missed most antenatal appointments and the flat has no "
           "heating. Mr Rashid has a 2018 caution for possession of cannabis. Ms Hussain's former partner was violent towards her in 2020; he has had no contact since.")
    p.space()
    qs = [("9.  Interpreter needed", ("Yes", False), ("No", True)),
          ("10. Advocacy offered to parents", ("Yes", True), ("No", False)),
          ("11. West Yorkshire Police", ("Police attendance required", True), ("Written report sufficient", False))]
    y = p.y
    for q, (a1, f1), (a2, f2) in qs:
        y -= 20
        p.at(p.m, y, q, "Helvetica", 10)
        p.box(p.m + 190, y - 2, f1, 10)
        p.at(p.m + 205, y, a1, "Helvetica", 10)
        p.box(p.m + 360, y - 2, f2, 10)
        p.at(p.m + 375, y, a2, "Helvetica", 10)
    p.y = y - 24
    p.line("Completed by: Shazia Begum (SW), 06/01/2027", "Helvetica", 9)
    pdf = p.bytes()
    fname = T.add("PB request HUSSAIN.pdf")
    msg = mixed(text_part(body), attach_bytes(pdf, "application/pdf", fname))
    rec = dt.datetime(2027, 1, 7, 14, 30, 0)
    headers(msg, case=case, sender="Conference Team <conference.team@bradford.gov.uk>", to=MAILBOX["bradford"], subject=subj, received=rec)
    lab = label(district="bradford", kind="initial", pre_birth=True, date="2027-01-21", time="10:00", tick="attend", harm=["neglect"],
                children=[("Unborn baby Hussain", None)], adults=["Aisha Hussain", "Bilal Rashid"], criteria=[], decision="discuss",
                received=rec, texts=T,
                tags=["pdf-drawn-squares", "numbered-fields", "pre-birth", "trap-historic-da", "bradford-uses-wakefield-rules"],
                notes="no criterion (historic DA by an ex-partner with no contact; a cannabis caution); filled square = police attendance required -> discuss")
    return case, msg, lab


def c06():
    case = "q-85-06-wakefield-online-form-cancellation"
    T = Texts()
    subj = T.add("Form response: Conference change request (ref CCR-0193) - CANCEL")
    qa = [("Request type", "Cancel a conference"), ("Conference type", "Initial child protection conference"),
          ("Conference date", "20/01/2027"), ("Conference time", "13:00"), ("Child's name", "Oscar Brear"), ("Child's date of birth", "03/03/2019"),
          ("Reason", "Family moved to Fife on 15/01/2027. Case transferred to Fife Council; no Wakefield conference will take place."),
          ("Notify", "All invitees including West Yorkshire Police CPPU"), ("Requested by", "Gemma Lodge, Team Manager")]
    html = _form_notification(T, "Wakefield Council - Forms", "CCR-0193", qa, "Automated notification - do not reply.")
    msg = MIMEText(html, "html", "utf-8")
    rec = dt.datetime(2027, 1, 18, 8, 58, 0)
    headers(msg, case=case, sender="Wakefield Forms <forms-noreply@wakefield.gov.uk>", to=MAILBOX["wakefield"], subject=subj, received=rec)
    lab = label(district="wakefield", kind="initial", date="2027-01-20", time="13:00", tick="absent", harm=None,
                children=[("Oscar Brear", "2019-03-03")], adults=None, criteria=[], decision="manual_review", received=rec, texts=T,
                deadlines=False, flags_required=["cancelled"],
                unscored=["no_booking_form", "missing_family_details", "missing_reason", "tickbox_ambiguous", "late_notice",
                          "deadline_passed", "tickbox_conflict", "not_an_invitation"],
                tags=["html-body", "online-form-notification", "cancellation"],
                notes="the form cancels the conference -> manual_review with cancelled")
    return case, msg, lab


def c07():
    case = "q-85-07-leeds-rcpc-docx-numbered-da-review"
    T = Texts()
    subj = T.add("Review CP Conference 08/01/2027 - SINGH")
    body = T.add("Hello, please see attached the review conference invitation for Arjun and Simran.\nThanks, Leeds ISU")
    doc = new_docx(font="Arial", size=10)
    dpara(doc, T, "LEEDS - REVIEW CHILD PROTECTION CONFERENCE - INVITATION", bold=True, size=12)
    items = [
        ("1", "Date", "Friday 08/01/2027"), ("2", "Time", "1pm"), ("3", "Venue", "Microsoft Teams"),
        ("4", "Children", "Arjun Singh (11/11/2014); Simran Singh (25/05/2017)"),
        ("5", "Parents", "Harpreet Kaur (mother); Manjit Singh (father)"),
        ("6", "Category of plan", "Emotional"),
        ("7", "Significant events since last conference",
         "Mr Singh was arrested on 03/12/2026 for assaulting Mrs Kaur and is on police bail with conditions not to return home. "
         "The case was heard at MARAC on 10/12/2026 and the DV co-ordinator has current direct involvement with Mrs Kaur."),
        ("8", "Are police members of the core group?", "No"),
        ("9", "Report required from", "Police, school, health visitor, IDVA")]
    dtable(doc, T, [["No.", "Item", "Detail"]] + [list(x) for x in items], bold_first_row=True)
    fname = T.add("RCPC invitation SINGH.docx")
    msg = mixed(text_part(body), attach_bytes(docx_bytes(doc), DOCX, fname))
    rec = dt.datetime(2026, 12, 14, 11, 45, 0)
    headers(msg, case=case, sender="Leeds ISU <isu.conferences@leeds.gov.uk>", to=MAILBOX["leeds"], subject=subj, received=rec)
    lab = label(district="leeds", kind="review", date="2027-01-08", time="13:00", tick="absent", harm=["emotional"],
                children=[("Arjun Singh", "2014-11-11"), ("Simran Singh", "2017-05-25")], adults=["Harpreet Kaur", "Manjit Singh"],
                criteria=["domestic_abuse_current_involvement"], decision="discuss", received=rec, texts=T,
                tags=["docx-numbered", "review", "bank-holidays"],
                notes="review; serious DA with bail, MARAC and DV co-ordinator involvement but police not core group -> discuss; 16 working days >= Leeds review 10")
    return case, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
