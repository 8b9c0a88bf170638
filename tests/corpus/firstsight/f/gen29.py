"""Layout 29: multi-agency invitation letters (PDF) addressed to a distribution list with named invitees
(police among them), the child's details and reason in the letter, plus a second attachment: a BLANK
agency report template with placeholder dates and empty boxes (a trap)."""
import datetime as dt
import io

import docx
from docx.shared import Pt

from lib import POLICE_TO, POLICE_TO_BY_DISTRICT, Doc, build_email, kid, label, london, write_case

D = dt.date
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

TEMPLATE_LINES = [
    ("Multi-Agency Report to Child Protection Conference", "h1"),
    ("Name of child(ren): ____________________________", "body"),
    ("Date of birth: DD/MM/YYYY", "body"),
    ("Date of conference: ___/___/20___", "body"),
    ("Type of conference: ☐ Initial   ☐ Review   ☐ Transfer-in   ☐ Pre-birth", "body"),
    ("Agency: ____________________   Author: ____________________", "body"),
    ("Date report completed: DD/MM/YYYY", "body"),
    ("Will a representative of your agency attend?   ☐ Yes   ☐ No", "body"),
    ("Has this report been shared with the parents?   ☐ Yes   ☐ No   (if no, say why)", "body"),
    ("Areas of concern known to your agency (tick):  ☐ Domestic abuse  ☐ Child sexual exploitation  "
     "☐ Registered sex offender  ☐ Substance misuse  ☐ Parental mental health", "body"),
    ("1. What is your agency's involvement with the family?", "h3"),
    ("2. What are you worried about?", "h3"),
    ("3. What is working well?", "h3"),
    ("4. What needs to happen?", "h3"),
    ("Reports must reach the chair 3 working days before the conference (for example, for a conference on "
     "Monday 11/01/2027 the report is due by Wednesday 06/01/2027).", "small"),
]


def template_pdf(council, texts):
    d = Doc(texts)
    d.p(council, "h2")
    for t, st in TEMPLATE_LINES:
        d.p(t, st)
        if st == "h3":
            d.sp(22)
    return d.build(title="Agency report template")


def template_docx(council, texts):
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(council)
    texts.append(council)
    for t, st in TEMPLATE_LINES:
        p = doc.add_paragraph(t)
        if st in ("h1", "h3"):
            p.runs[0].bold = True
        texts.append(t)
        if st == "h3":
            doc.add_paragraph("")
            doc.add_paragraph("")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def letter_pdf(L, texts):
    d = Doc(texts)
    for ln in L["letterhead"]:
        d.p(ln, "small")
    d.sp(3)
    d.p(L["marking"], "h3")
    d.p(f"Date: {L['letter_date']}")
    d.p(f"Our ref: {L['ref']}")
    d.p("To: the distribution list below")
    d.p("Dear Colleague")
    d.p(L["re"], "h3")
    for para in L["body"]:
        d.p(para)
    d.p("Child(ren)", "h3")
    d.table([["Name", "Date of birth", "Address"]] + L["children"], [55, 30, 89])
    d.p("Parents / carers / significant adults", "h3")
    d.table([["Name", "Relationship", "Address"]] + L["adults"], [55, 40, 79])
    d.p("Reason for the conference", "h3")
    for para in L["reason"]:
        d.p(para)
    for para in L.get("after", []):
        d.p(para)
    d.p("Yours faithfully")
    for ln in L["sign"]:
        d.p(ln)
    d.p("Distribution list (invitees)", "h3")
    d.table([["Invitee", "Role / agency"]] + L["dist"], [60, 114])
    return d.build(title=L["re"], footer=lambda pn, tot: [(105, 10, L["marking"], 8, "c")])


def run(c):
    texts = [c["subject"], c["cover"]]
    letter = letter_pdf(c["letter"], texts)
    texts.append(c["letter_name"])
    if c["tmpl_kind"] == "docx":
        tmpl = template_docx(c["council"], texts)
        tname, tmime = "Agency report template.docx", DOCX
    else:
        tmpl = template_pdf(c["council"], texts)
        tname, tmime = "Multi-agency report template.pdf", PDF
    texts.append(tname)
    eml = build_email(case=c["name"], from_name=c["sender"][0], from_addr=c["sender"][1],
                      to=c.get("to") or POLICE_TO_BY_DISTRICT.get(c["district"], POLICE_TO),
                      cc=c.get("cc"), subject=c["subject"], sent=c["sent"], received=c["received"],
                      text=c["cover"], attachments=[(c["letter_name"], PDF, letter), (tname, tmime, tmpl)])
    lab = label(district=c["district"], kind=c["kind"], pre_birth=False, date=c["date"], time=c["time"],
                tick="absent", harm=c["harm"], children=c["children"], adults=c["adults"], criteria=c["criteria"],
                decision=c["decision"], received=c["received"].date(), texts=texts, tags=c["tags"],
                notes=c["notes"], has_tickbox=False, manual=c.get("manual", False),
                flags_required=c.get("flags_required", ()), deadlines=not c.get("manual", False),
                unscored=["no_booking_form", "tickbox_ambiguous"] + c.get("unscored", []))
    write_case(c["name"], eml, lab)


WAKE_HEAD = ["Wakefield Council", "Children and Young People's Service - Safeguarding and Review Unit",
             "Wakefield One, PO Box 700, Burton Street, Wakefield WF1 2EB"]
CASES = []

# ---------------------------------------------------------------- 29-01 Wakefield negotiated attendance, late notice
CASES.append(dict(
    name="f-29-01-wakefield-icpc-letter-negotiated-attendance-late-notice", district="wakefield",
    kind="initial", date="2026-12-08", time="14:00",
    sender=("Safeguarding and Review Unit", "sru.bookings@wakefield.gov.uk"),
    subject="Invitation - Initial Child Protection Conference - ASANTE - 08/12/2026",
    sent=london(D(2026, 12, 3), 10, 22), received=london(D(2026, 12, 3), 10, 30),
    cover=("Dear all,\n\nPlease find attached the invitation letter for an Initial Child Protection Conference "
           "on Tuesday 8th December 2026 at 2pm, together with the multi-agency report template.\n\n"
           "Regards\nSafeguarding and Review Unit\nWakefield Council"),
    letter_name="ICPC invitation letter - ASANTE.pdf", council="Wakefield Council - Safeguarding and Review Unit",
    tmpl_kind="docx",
    letter=dict(
        letterhead=WAKE_HEAD, marking="OFFICIAL-SENSITIVE", letter_date="3 December 2026", ref="SRU/ICPC/26/1187",
        re="Re: Initial Child Protection Conference - Kwabena Asante",
        body=["I am writing to invite you to an Initial Child Protection Conference which will be held on "
              "Tuesday 8 December 2026 at 2.00pm in Room 3, Wakefield One. The conference will be chaired by "
              "Beverley Marsden, Child Protection Conference Chair.",
              "Please bring or send a written report to the chair at least three working days before the "
              "conference using the attached template."],
        children=[["Kwabena Asante", "30/07/2026", "14 Lupset Crescent, Wakefield WF2 8PL"]],
        adults=[["Abena Owusu", "Mother", "14 Lupset Crescent, Wakefield WF2 8PL"],
                ["Kofi Asante", "Father", "14 Lupset Crescent, Wakefield WF2 8PL"]],
        reason=["Kwabena (4 months) was taken to Pinderfields Hospital on 25/11/2026 with a swollen leg and "
                "an X-ray showed a fracture of his left femur; the parents have given no explanation. A skeletal "
                "survey and paediatric opinion are awaited.",
                "Following discussion between the Conference Chair and DI Rachel Kershaw of the Wakefield "
                "District Child Safeguarding Unit, it has been agreed that police will attend this conference."],
        sign=["Beverley Marsden", "Child Protection Conference Chair", "Wakefield Council"],
        dist=[["DC Lena Brzezinski", "Child Safeguarding Unit, West Yorkshire Police"],
              ["Abena Owusu and Kofi Asante", "Parents"],
              ["Fiona Clegg", "Health Visitor, Wakefield 0-19 Service"],
              ["Dr S. Rahman", "GP, Lupset Health Centre"],
              ["Dr H. Whitaker", "Consultant Paediatrician, Pinderfields Hospital"],
              ["Gemma Royston", "Social Worker, Wakefield Council"]]),
    criteria=["negotiated_attendance"], decision="attend", harm=["physical"],
    children=[kid("Kwabena Asante", "2026-07-30")], adults=["Abena Owusu", "Kofi Asante"],
    tags=["invitation-letter", "distribution-list", "blank-template", "negotiated-attendance", "late-notice",
          "report-due-equals-received", "ghanaian-names", "tick-absent"],
    notes="Wakefield §4.5 item 8: chair and DI agreed police attend -> attend. Received Thu 03/12, conference Tue "
          "08/12 = 3 working days < 5 -> late_notice; report due Thu 03/12 = day received, not before it.",
))

# ---------------------------------------------------------------- 29-02 Calderdale current investigation
CASES.append(dict(
    name="f-29-02-calderdale-icpc-letter-current-investigation-template-pdf", district="calderdale",
    kind="initial", date="2026-12-15", time="10:00",
    sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
    subject="OFFICIAL-SENSITIVE Invitation to ICPC - HARTLEY - 15.12.26",
    sent=london(D(2026, 12, 1), 13, 40), received=london(D(2026, 12, 1), 13, 47),
    cover=("Good afternoon\n\nPlease see the attached invitation for the Initial Child Protection Conference for "
           "Lily-Rose and Freddie Hartley, and the report template.\n\nKind regards\nDenise Sutcliffe\n"
           "Child Protection Administration | Calderdale Council"),
    letter_name="Invitation ICPC HARTLEY 15-12-2026.pdf", council="Calderdale Safeguarding Children Partnership",
    tmpl_kind="pdf",
    letter=dict(
        letterhead=["Calderdale Council", "Children and Young People's Services - Child Protection Administration",
                    "Northgate House, Northgate, Halifax HX1 1UN"],
        marking="OFFICIAL-SENSITIVE", letter_date="01/12/2026", ref="CPA/26/0931",
        re="Initial Child Protection Conference: Lily-Rose Hartley and Freddie Hartley",
        body=["You are invited to attend an Initial Child Protection Conference on Tuesday 15 December 2026 at "
              "10.00am at Northgate House, Halifax. The chair will be Graham Ackroyd.",
              "Please send your report to Child Protection Administration by 11/12/2026."],
        children=[["Lily-Rose Hartley", "12/03/2015", "7 Moor End Road, Mixenden, Halifax HX2 8LW"],
                  ["Freddie Hartley", "06/06/2019", "7 Moor End Road, Mixenden, Halifax HX2 8LW"]],
        adults=[["Jade Hartley", "Mother", "7 Moor End Road, Mixenden"],
                ["Liam O'Neill", "Mother's partner", "Bail address in Sowerby Bridge"]],
        reason=["Sexual abuse. Lily-Rose told a school friend that her mother's partner comes into her room at "
                "night. West Yorkshire Police are investigating: Mr O'Neill was arrested on 26/11/2026 and "
                "released on police bail with conditions not to contact the children, and an ABE interview "
                "with Lily-Rose is planned for 07/12/2026."],
        after=["Freddie is included as he lives in the same household."],
        sign=["Denise Sutcliffe", "for Graham Ackroyd, Conference Chair"],
        dist=[["DS Imran Qureshi", "Calderdale Child Safeguarding Unit, West Yorkshire Police"],
              ["Jade Hartley", "Mother"], ["Mrs K. Barraclough", "DSL, Mixenden Community Primary"],
              ["Nicola Firth", "School Nurse"], ["Olivia Crabtree", "Social Worker"]]),
    criteria=["current_investigation"], decision="attend", harm=["sexual"],
    children=[kid("Lily-Rose Hartley", "2015-03-12"), kid("Freddie Hartley", "2019-06-06")],
    adults=["Jade Hartley", "Liam O'Neill"],
    tags=["invitation-letter", "distribution-list", "blank-template", "current-investigation",
          "council-report-date-differs", "abe-date-trap", "tick-absent"],
    notes="Calderdale: police investigating sexual abuse in the household (arrest, bail, ABE planned) -> attend. "
          "The letter's report date (11/12) differs from the POLICY 3-WD due date (10/12); ABE 07/12 is not the "
          "conference date; the template's example dates are placeholders.",
))

# ---------------------------------------------------------------- 29-03 Leeds report only
CASES.append(dict(
    name="f-29-03-leeds-icpc-letter-report-only-police-not-involved", district="leeds",
    kind="initial", date="2026-12-10", time="11:00",
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="[SECURE] ICPC invitation - CHEN - 10/12/2026",
    sent=london(D(2026, 11, 30), 14, 5), received=london(D(2026, 11, 30), 14, 9),
    cover=("Hello\n\nPlease find attached the conference invitation and the Leeds multi-agency report template. "
           "Reports to the ISU 24 hours prior please.\n\nThanks\nNaveed Akram\nIntegrated Safeguarding Unit | "
           "Leeds City Council"),
    letter_name="Invitation letter CHEN.pdf", council="Leeds Safeguarding Children Partnership", tmpl_kind="docx",
    letter=dict(
        letterhead=["Leeds City Council", "Children and Families - Integrated Safeguarding Unit",
                    "Merrion House, 110 Merrion Centre, Leeds LS2 8BB"],
        marking="OFFICIAL-SENSITIVE", letter_date="30 November 2026", ref="ISU-26-4471",
        re="Initial Child Protection Conference - Oliver and Grace Chen",
        body=["I write to invite you to an Initial Child Protection Conference to be held on Thursday 10 December "
              "2026 at 11.00am via Microsoft Teams. The chair is Helen Greenwood."],
        children=[["Oliver Chen", "08/08/2016", "Flat 3, 21 Cardigan Road, Headingley, Leeds LS6 3AG"],
                  ["Grace Chen", "02/02/2019", "Flat 3, 21 Cardigan Road, Headingley, Leeds LS6 3AG"]],
        adults=[["Mei Ling Chen", "Mother", "Same address"]],
        reason=["Emotional abuse: Ms Chen's severe depression and paranoid beliefs mean the children are kept off "
                "school and told that people outside want to harm them. There is no police involvement with the "
                "family and no concerns of domestic abuse. The children's father lives in Hong Kong and has no "
                "contact."],
        sign=["Helen Greenwood", "Child Protection Chair, Integrated Safeguarding Unit"],
        dist=[["CPPU Weetwood (SPOC)", "West Yorkshire Police - written report"],
              ["Mei Ling Chen", "Mother"], ["Dr P. Lin", "Community Mental Health Team"],
              ["Ms R. Fenton", "Headteacher, Brudenell Primary"], ["Rebecca Thistlethwaite", "Social Worker"]]),
    criteria=[], decision="report_only", harm=["emotional"],
    children=[kid("Oliver Chen", "2016-08-08"), kid("Grace Chen", "2019-02-02")], adults=["Mei Ling Chen"],
    tags=["invitation-letter", "distribution-list", "blank-template", "negated-police", "chinese-names",
          "tick-absent"],
    notes="Leeds initial with no criterion (police involvement and DA negated, father abroad with no contact) and "
          "no tick box -> report_only. Template boxes are empty placeholders.",
))

# ---------------------------------------------------------------- 29-04 Kirklees review new arrest
CASES.append(dict(
    name="f-29-04-kirklees-rcpc-letter-new-arrest-rui", district="kirklees",
    kind="review", date="2026-12-09", time="13:30",
    sender=("Safeguarding Conference Team", "conference.team@kirklees.gov.uk"),
    subject="Invitation to Review Child Protection Conference - BRADFORD - 9 December 2026",
    sent=london(D(2026, 11, 25), 11, 30), received=london(D(2026, 11, 25), 11, 36),
    cover=("Good morning,\n\nPlease see attached invitation to the review conference for Hope Bradford and the "
           "agency report template.\n\nKaren Haigh\nConference Co-ordinator | Kirklees Council"),
    letter_name="RCPC invitation - Hope Bradford.pdf", council="Kirklees Safeguarding Children Partnership",
    tmpl_kind="pdf",
    letter=dict(
        letterhead=["Kirklees Council", "Children's Services - Safeguarding and Quality Assurance",
                    "Civic Centre 1, High Street, Huddersfield HD1 2NF"],
        marking="OFFICIAL-SENSITIVE", letter_date="25/11/2026", ref="KSQA/RCPC/2231",
        re="Review Child Protection Conference - Hope Bradford (DOB 11/11/2017)",
        body=["You are invited to the first Review Child Protection Conference for Hope on Wednesday 9 December "
              "2026 at 1.30pm at Dewsbury Town Hall. The previous conference was held on 09/09/2026."],
        children=[["Hope Bradford", "11/11/2017", "22 Ravensthorpe Road, Dewsbury WF13 3AB"]],
        adults=[["Stacey Bradford", "Mother", "22 Ravensthorpe Road, Dewsbury"],
                ["Wayne Bradford", "Father", "22 Ravensthorpe Road, Dewsbury"]],
        reason=["Hope has been subject to a child protection plan under the category of physical abuse since "
                "09/09/2026. Significant event since the last conference: on 20/11/2026 Mr Bradford was arrested "
                "on suspicion of assaulting Hope after she arrived at school with bruising to her face. He has "
                "been released under investigation and the police investigation is continuing.",
                "Police are not members of the core group."],
        sign=["Sadia Begum", "Independent Chair"],
        dist=[["DC Nadia Hussain", "Safeguarding Unit, Kirklees District, West Yorkshire Police"],
              ["Stacey and Wayne Bradford", "Parents"], ["Mr T. Ahmed", "DSL, Headfield Junior School"],
              ["Liam Dyson", "Social Worker"]]),
    criteria=["current_investigation"], decision="discuss", harm=["physical"],
    children=[kid("Hope Bradford", "2017-11-11")], adults=["Stacey Bradford", "Wayne Bradford"],
    tags=["invitation-letter", "distribution-list", "blank-template", "review", "new-arrest-rui",
          "place-name-surname", "kirklees-wakefield-rules", "tick-absent"],
    notes="Kirklees review -> Wakefield rules: police not in the core group, but a current investigation (arrest, "
          "RUI) of physical abuse by the father since the last conference -> discuss (rule 3). 'Bradford' is the "
          "family's surname, not the district.",
))

# ---------------------------------------------------------------- 29-05 Bradford review, historic PP
CASES.append(dict(
    name="f-29-05-bradford-rcpc-letter-historic-pp-report-only", district="bradford",
    kind="review", date="2026-12-23", time="10:00",
    sender=("Conference Booking - Bradford", "cp.conferencebooking@bradford.gov.uk"),
    subject="RCPC Invitation - HORVATH - 23/12/2026",
    sent=london(D(2026, 12, 14), 9, 2), received=london(D(2026, 12, 14), 9, 8),
    cover=("Dear colleague\n\nPlease find attached the invitation to the Review Child Protection Conference for "
           "Marek and Sofia, and the report template.\n\nShabana Iqbal\nChild Protection Business Support | "
           "Bradford Children and Families Trust"),
    letter_name="Review conference invitation HORVATH.pdf", council="Bradford Children and Families Trust",
    tmpl_kind="docx",
    letter=dict(
        letterhead=["Bradford Children and Families Trust", "Child Protection and Reviewing Service",
                    "Margaret McMillan Tower, Princes Way, Bradford BD1 1NN"],
        marking="OFFICIAL", letter_date="14th December 2026", ref="CPRS/4410",
        re="Review Child Protection Conference - Marek Horváth and Sofia Horváthová",
        body=["You are invited to a Review Child Protection Conference on Wednesday 23rd December 2026 at 10am at "
              "Margaret McMillan Tower."],
        children=[["Marek Horváth", "19/01/2012", "31 Girlington Road, Bradford BD8 9NN"],
                  ["Sofia Horváthová", "25/05/2016", "31 Girlington Road, Bradford BD8 9NN"]],
        adults=[["Denisa Horváthová", "Mother", "Same address"], ["Ján Horváth", "Father", "Same address"]],
        reason=["Review of the children's child protection plans (neglect). Background: in August 2024 both "
                "children were taken into police protection when they were found begging in the city centre late "
                "at night; they returned home two days later.",
                "The core group is the social worker, schools, the Roma family support worker and the parents. "
                "Police are not members of the core group and there has been no police involvement since 2024. "
                "Progress has been good and the social worker will recommend a step-down to Child in Need."],
        sign=["Julie Feather", "Independent Reviewing Officer"],
        dist=[["Bradford District Safeguarding Unit", "West Yorkshire Police (report)"],
              ["Denisa Horváthová and Ján Horváth", "Parents (Slovak interpreter booked)"],
              ["Ms L. Kaur", "DSL, Belle Vue Girls' Academy"], ["Adeel Chaudhry", "Social Worker"]]),
    criteria=["prior_unit_involvement"], decision="report_only", harm=["neglect"],
    children=[kid("Marek Horváth", "2012-01-19"), kid("Sofia Horváthová", "2016-05-25")],
    adults=["Denisa Horváthová", "Ján Horváth"],
    tags=["invitation-letter", "distribution-list", "blank-template", "review", "historic-police-protection",
          "slovak-roma-names", "christmas-week", "tick-absent"],
    notes="Bradford review -> Wakefield rules: police protection in 2024 is historical (prior involvement only), "
          "police not in the core group -> report_only (rule 3).",
))

# ---------------------------------------------------------------- 29-06 other authority (Barnsley), unverified
CASES.append(dict(
    name="f-29-06-other-authority-barnsley-letter-unverified", district=None,
    kind="initial", date="2026-12-18", time="09:30",
    sender=("Barnsley Safeguarding Unit", "cp.conferences@barnsley.gov.uk"),
    to="Wakefield CPPU Normanton - Conferences <wakefield.cppu.conferences@westyorkshire.police.uk>",
    subject="ICPC invitation - Ellie-Mae PARKIN - 18/12/2026",
    sent=london(D(2026, 12, 8), 16, 1), received=london(D(2026, 12, 8), 16, 6),
    cover=("Good afternoon\n\nWe understand the father of this child lives in the Wakefield district, so we are "
           "inviting West Yorkshire Police as well as South Yorkshire Police. Invitation and template attached."
           "\n\nRegards\nSafeguarding Unit\nBarnsley Metropolitan Borough Council"),
    letter_name="ICPC Invitation PARKIN.pdf", council="Barnsley Safeguarding Children Partnership", tmpl_kind="pdf",
    letter=dict(
        letterhead=["Barnsley Metropolitan Borough Council", "Children's Services - Safeguarding Unit",
                    "PO Box 634, Barnsley S70 9GG"],
        marking="OFFICIAL-SENSITIVE", letter_date="8 December 2026", ref="BMBC/CP/7720",
        re="Initial Child Protection Conference - Ellie-Mae Parkin",
        body=["You are invited to an Initial Child Protection Conference on Friday 18 December 2026 at 9.30am at "
              "Gateway Plaza, Barnsley."],
        children=[["Ellie-Mae Parkin", "04/04/2020", "Athersley South, Barnsley"]],
        adults=[["Courtney Parkin", "Mother", "Athersley South, Barnsley"],
                ["Darren Hirst", "Father", "Ossett, Wakefield"]],
        reason=["Ellie-Mae's father Darren Hirst is a registered sex offender and has started overnight contact "
                "with Ellie-Mae at his flat in Ossett without the knowledge of his offender manager."],
        sign=["J. Senior", "Conference Chair, Barnsley"],
        dist=[["Public Protection Unit", "South Yorkshire Police"],
              ["Child Safeguarding Unit (Wakefield)", "West Yorkshire Police"],
              ["Courtney Parkin", "Mother"], ["Health Visitor", "Barnsley 0-19"]]),
    criteria=["registered_sex_offender"], decision="manual_review", harm=None,
    children=[kid("Ellie-Mae Parkin", "2020-04-04")], adults=["Courtney Parkin", "Darren Hirst"],
    manual=True, flags_required=["unverified_sender"], unscored=["district_unknown"],
    tags=["invitation-letter", "other-authority", "unverified-sender", "rso", "manual-review"],
    notes="barnsley.gov.uk is not on any district allow-list -> unverified_sender -> manual_review (rule 1) "
          "whatever the content (an RSO father is affirmed).",
))

# ---------------------------------------------------------------- 29-07 Calderdale transfer-in CSE
CASES.append(dict(
    name="f-29-07-calderdale-transfer-in-letter-cse", district="calderdale",
    kind="transfer_in", date="2026-12-18", time="14:00",
    sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
    subject="Transfer-in Child Protection Conference - KOWALCZYK - 18/12/2026 2pm",
    sent=london(D(2026, 12, 4), 12, 12), received=london(D(2026, 12, 4), 12, 15),
    cover=("Dear Colleague,\n\nPlease find attached the invitation letter for a transfer-in conference and the "
           "report template.\n\nKind regards\nDenise Sutcliffe\nChild Protection Administration | Calderdale Council"),
    letter_name="Transfer-in invitation KOWALCZYK.pdf", council="Calderdale Safeguarding Children Partnership",
    tmpl_kind="docx",
    letter=dict(
        letterhead=["Calderdale Council", "Children and Young People's Services - Child Protection Administration",
                    "Northgate House, Northgate, Halifax HX1 1UN"],
        marking="OFFICIAL-SENSITIVE", letter_date="04/12/2026", ref="CPA/26/0977",
        re="Transfer-in Child Protection Conference - Chloe Kowalczyk",
        body=["Chloe has moved to Calderdale from Oldham, where she has been subject to a child protection plan "
              "since 06/10/2026. You are invited to the transfer-in conference on Friday 18 December 2026 at "
              "2.00pm at Northgate House, Halifax."],
        children=[["Chloe Kowalczyk", "06/06/2011", "15 Raglan Street, Halifax HX1 5QY"]],
        adults=[["Agnieszka Kowalczyk", "Mother", "Same address"], ["Gary Lister", "Stepfather", "Same address"]],
        reason=["Child sexual exploitation is a considered risk: Oldham's exploitation team assessed Chloe as high "
                "risk of CSE in October 2026. She continues to be in contact online with adult men who send her "
                "money and ask her to meet them.",
                "Category: Sexual abuse"],
        sign=["Graham Ackroyd", "Conference Chair"],
        dist=[["Calderdale Child Safeguarding Unit", "West Yorkshire Police"],
              ["Agnieszka Kowalczyk and Gary Lister", "Parents"], ["Oldham Council", "Transferring social worker"],
              ["Ms D. Hanson", "DSL, Park Lane Academy"], ["Priya Lal", "Social Worker"]]),
    criteria=["child_sexual_exploitation"], decision="discuss", harm=["sexual"],
    children=[kid("Chloe Kowalczyk", "2011-06-06")], adults=["Agnieszka Kowalczyk", "Gary Lister"],
    tags=["invitation-letter", "distribution-list", "blank-template", "transfer-in", "cse", "calderdale-discuss",
          "polish-names", "tick-absent"],
    notes="Calderdale transfer-in (as initial): CSE is not on Calderdale's attend list -> discuss (POLICY "
          "Calderdale choice). 06/10/2026 is the Oldham plan date.",
))


def main():
    for c in CASES:
        run(c)
    print("wrote", len(CASES))


if __name__ == "__main__":
    main()
