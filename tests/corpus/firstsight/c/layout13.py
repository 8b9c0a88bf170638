"""Layout 13: Word (.docx) 'Invitation to Child Protection Conference' letter addressed to the police.
The request, the date/time and the reason are in prose; family as a bulleted list with relationships
in brackets."""
import datetime as dt
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import Case, POLICE_TO, build_message, london, write_case

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def letter(case, head, date_line, to_lines, dear, title, paras_before, bullets, paras_after, sign, marking="OFFICIAL-SENSITIVE"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    if marking:
        hp = sec.header.paragraphs[0]
        hp.text = marking
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sec.footer.paragraphs[0].text = marking
        case.add(marking)
    texts = []

    def para(t, bold=False, align=None, style=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(t)
        r.bold = bold
        if align:
            p.alignment = align
        case.add(t)
        texts.append(t)
        return p

    for h in head:
        para(h, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(date_line)
    for t in to_lines:
        para(t)
    para(dear)
    para(title, bold=True)
    for t in paras_before:
        para(t)
    for b in bullets:
        para(b, style="List Bullet")
    for t in paras_after:
        para(t)
    for t in sign:
        para(t)
    case.add("\n".join(texts))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def send(case, docx, fname, body, subject, sent, local, sender):
    case.add(body, fname)
    eml = build_message(case.kw["district"], local, sender, POLICE_TO, subject, sent, case.kw["received"], text=body,
                        attachments=[(docx, DOCX, fname)])
    return write_case(case, eml, subject)


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def c13a():
    cs = Case("c-13a-wakefield-icpc-docx-letter-negotiated-nfa-christmas",
              district="wakefield", kind="initial", date=dt.date(2027, 1, 5), time="13:30", tick=True,
              harm=["physical"], children=[("Ivy Shackleton", "2022-03-12")],
              adults=["Jodie Shackleton", "Nathan Ellis", "Margaret Shackleton"],
              criteria=["negotiated_attendance", "prior_unit_involvement"], decision="attend",
              received=london(2026, 12, 18, 10, 10),
              tags=["layout-13", "docx-letter", "district-wakefield", "initial", "prose-request", "negotiated", "trap-nfa", "christmas-working-days", "ordinal-date"],
              notes="chair and DI agreed police attendance (W item 8) -> attend; earlier CSU investigation ended NFA = prior involvement only; 9 working days over Christmas, report due 30/12")
    docx = letter(cs, ["Wakefield Council", "Children and Young People's Service", "Safeguarding and Review Unit",
                       "Wakefield One, PO Box 700, Wakefield WF1 2EB"],
                  "17th December 2026",
                  ["DS Martin Holroyd", "Child Safeguarding Unit", "West Yorkshire Police", "Normanton Police Station"],
                  "Dear DS Holroyd,",
                  "Invitation to Child Protection Conference",
                  ["I am writing to invite West Yorkshire Police to an Initial Child Protection Conference about Ivy Shackleton. "
                   "The conference will be held on Tuesday 5th January 2027 at half past one at Wakefield One, Burton Street, "
                   "and will be chaired by Kathryn Lumb.",
                   "The conference has been called because Ivy, who is four, was taken to Pinderfields Hospital on 7th December with "
                   "a spiral fracture of her left upper arm. Her mother and Mr Ellis say she fell from the sofa, which the paediatrician "
                   "does not think explains the injury. A skeletal survey showed no other fractures. The final paediatric opinion is "
                   "awaited and the police are not currently investigating the fracture while that opinion is outstanding.",
                   "In October 2026 the Child Safeguarding Unit investigated a bruise to Ivy's cheek; that investigation was concluded "
                   "with no further action.",
                   "Following my conversation with DI Rachel Hepworth on 16th December, it has been agreed that a police officer will "
                   "attend this conference. Police attendance is required.",
                   "The people who will be discussed at the conference are:"],
                  ["Ivy Shackleton (subject child, born 12/03/2022)",
                   "Jodie Shackleton (mother)",
                   "Nathan Ellis (mother's partner, lives at the home)",
                   "Margaret Shackleton (maternal grandmother, significant adult who provides regular care)"],
                  ["The conference will consider whether Ivy is at risk of physical abuse.",
                   "Please send your report to me no later than three working days before the conference. As the Council is closed "
                   "over the Christmas period, please allow for this."],
                  ["Yours sincerely,", "Kathryn Lumb", "Child Protection Conference Chair"])
    return send(cs, docx, "Letter to WYP - SHACKLETON ICPC.docx",
                "Please see the attached invitation letter.\n\nRegards\nSafeguarding and Review Unit\nWakefield Council",
                "Invitation - ICPC - Ivy Shackleton - 05/01/2027", london(2026, 12, 18, 10, 6), "sru.conferences", "SRU Conferences")


@case
def c13b():
    cs = Case("c-13b-leeds-icpc-docx-letter-negated-report-only",
              district="leeds", kind="initial", date=dt.date(2026, 12, 14), time="10:00", tick=False,
              harm=["emotional"], children=[("Zainab Akhtar", "2015-01-11"), ("Yusuf Akhtar", "2018-06-23")],
              adults=["Nadia Akhtar", "Imran Akhtar"], criteria=[], decision="report_only",
              received=london(2026, 12, 7, 11, 0),
              tags=["layout-13", "docx-letter", "district-leeds", "initial", "prose-request", "tick-report", "trap-negated", "notice-exactly-5"],
              notes="parental substance misuse, 'no current police investigation and no police involvement'; letter says attendance not required -> report only; notice exactly 5")
    docx = letter(cs, ["Leeds City Council", "Children and Families", "Integrated Safeguarding Unit", "Merrion House, Leeds LS2 8BB"],
                  "4 December 2026",
                  ["Detective Sergeant Laura Nicholson", "Child Protection Unit (Weetwood)", "West Yorkshire Police"],
                  "Dear DS Nicholson,",
                  "Initial Child Protection Conference: Zainab and Yusuf Akhtar",
                  ["You are invited to an Initial Child Protection Conference which will take place on Monday the 14th of December "
                   "2026 at 10am at Merrion House (Room 5.02), with the option of joining by Microsoft Teams.",
                   "The conference has been requested because both parents have been misusing cocaine and alcohol at home. Zainab has "
                   "told her teacher that she looks after her brother when her parents are 'asleep in the day' and that they shout and "
                   "throw things. The children are described as anxious and Yusuf has started wetting the bed. The conference will "
                   "consider emotional abuse.",
                   "There is no current police investigation and there has been no police involvement with the family.",
                   "The children and adults in the household are:"],
                  ["Zainab Akhtar (11/01/2015) (daughter)",
                   "Yusuf Akhtar (23/06/2018) (son)",
                   "Nadia Akhtar (mother)",
                   "Imran Akhtar (father)"],
                  ["We would be grateful for a written report to the Integrated Safeguarding Unit 24 hours before the conference; "
                   "police attendance is not required."],
                  ["Yours sincerely", "Fatima Begum", "Conference Administrator, on behalf of the Conference Chair"])
    return send(cs, docx, "ICPC invite Akhtar 14.12.26.docx",
                "Good morning,\n\nPlease find attached an invitation to an ICPC.\n\nMany thanks\nISU",
                "ICPC invitation - AKHTAR - 14/12/2026", london(2026, 12, 7, 10, 57), "isu.cpc", "ISU CPC")


@case
def c13c():
    cs = Case("c-13c-calderdale-rcpc-docx-letter-new-arrest-bail-discuss",
              district="calderdale", kind="review", date=dt.date(2027, 1, 7), time="11:00", tick=None,
              harm=["neglect"], children=[("Olivia Haigh", "2016-04-04"), ("Jack Haigh", "2019-11-20")],
              adults=["Charlotte Haigh", "Martin Haigh"], criteria=["current_investigation"], decision="discuss",
              received=london(2026, 12, 2, 13, 15),
              tags=["layout-13", "docx-letter", "district-calderdale", "review", "tick-absent", "new-incident", "bail", "police-not-core-group"],
              notes="review; since the last conference the father was arrested for assaulting Jack and is on bail (current investigation, significant event), police not in core group -> discuss")
    docx = letter(cs, ["Calderdale Council", "Children and Young People's Services", "Child Protection Administration",
                       "Northgate House, Halifax HX1 1UN"],
                  "2nd December 2026",
                  ["DS Paul Crabtree", "Calderdale Safeguarding Unit", "West Yorkshire Police"],
                  "Dear DS Crabtree,",
                  "Review Child Protection Conference - Olivia and Jack Haigh",
                  ["I write to invite you to the first Review Child Protection Conference for Olivia and Jack, which will be held on "
                   "Thursday 7th January 2027 at 11 o'clock at Northgate House, Halifax.",
                   "The children have been subject to child protection plans under the category of neglect since the initial "
                   "conference on 1st October 2026. The core group is made up of the social worker, Warley Road Primary School, the "
                   "health visitor and both parents.",
                   "I must let you know that since the last conference there has been a significant incident. On 28th November 2026 "
                   "Mr Haigh was arrested on suspicion of assaulting Jack, who had a swollen eye and bruising to his ear. He has been "
                   "released on police bail with a condition not to return to the family home, and the police investigation is continuing.",
                   "The family members are:"],
                  ["Olivia Haigh (daughter, 04/04/2016)",
                   "Jack Haigh (son, 20/11/2019)",
                   "Charlotte Haigh (mother)",
                   "Martin Haigh (father, currently living at his sister's address under bail conditions)"],
                  ["Please send a written report to Child Protection Administration by secure email before the conference."],
                  ["Yours sincerely", "Sandra Whitworth", "Independent Chair"])
    return send(cs, docx, "RCPC letter HAIGH.docx",
                "Please see attached letter regarding the review conference for Olivia and Jack Haigh.\n\nCP Administration\nCalderdale Council",
                "RCPC HAIGH 07/01/2027 - letter", london(2026, 12, 2, 13, 11), "cp.administration", "CP Administration")


@case
def c13d():
    cs = Case("c-13d-wakefield-rcpc-docx-letter-rso-elsewhere-report-only",
              district="wakefield", kind="review", date=dt.date(2026, 12, 16), time="10:15", tick=False,
              harm=["neglect"], children=[("Ruby-Jo Sykes", "2016-07-07"), ("Casey Sykes", "2020-02-14")],
              adults=["Toni Sykes", "Wayne Sykes"], criteria=[], decision="report_only",
              received=london(2026, 11, 26, 9, 30),
              tags=["layout-13", "docx-letter", "district-wakefield", "review", "tick-report", "trap-rso-outside-household", "police-not-core-group"],
              notes="review; police not in core group; RSO uncle lives in Hull with no contact (not associated) -> report only")
    docx = letter(cs, ["Wakefield Council", "Safeguarding and Review Unit"],
                  "25th November 2026",
                  ["DS Martin Holroyd", "Wakefield District Child Safeguarding Unit", "Normanton"],
                  "Dear DS Holroyd",
                  "Re: Review Child Protection Conference - Ruby-Jo and Casey Sykes",
                  ["I am writing to let you know that the next Review Child Protection Conference for Ruby-Jo and Casey will take "
                   "place on Wednesday 16th December 2026 at a quarter past ten, at Pontefract Town Hall.",
                   "The children became subject to child protection plans for neglect in June 2026. There has been steady progress: "
                   "the family have moved to a better tenancy and both children's school attendance has improved.",
                   "As agreed at the last conference, the children's paternal uncle, who is a registered sex offender, lives in Hull "
                   "and has no contact with the family.",
                   "The police are not members of the core group and we do not require police attendance. A short update report on "
                   "any police contact with the family since the last conference would be appreciated.",
                   "Family members:"],
                  ["Ruby-Jo Sykes (daughter)", "Casey Sykes (son)", "Toni Sykes (mother)", "Wayne Sykes (father)"],
                  ["Ruby-Jo was born on 7 July 2016 and Casey on 14 February 2020."],
                  ["Kind regards", "Andrea Kaye", "Conference Chair"])
    return send(cs, docx, "Sykes RCPC 16-12-26.docx", "Please see attached.\n\nSRU",
                "Review CP Conference - SYKES - 16.12.2026", london(2026, 11, 26, 9, 27), "safeguarding.review", "Safeguarding Review")


@case
def c13e():
    cs = Case("c-13e-leeds-icpc-docx-letter-cancelled",
              district="leeds", kind="initial", date=dt.date(2026, 12, 18), time="14:00", tick=None, harm=None,
              children=[("Lily-Rose Barraclough", "2024-02-02")], adults=["Kelly Barraclough"], criteria=None,
              decision="manual_review", received=london(2026, 12, 9, 12, 0), deadlines=False, flags_required=["cancelled"],
              unscored_flags=["missing_reason", "missing_family_details", "no_booking_form", "tickbox_ambiguous", "not_an_invitation",
                              "late_notice", "deadline_passed"],
              tags=["layout-13", "docx-letter", "district-leeds", "cancellation"],
              notes="letter cancelling the ICPC (family moved to Sheffield) -> manual_review with cancelled")
    docx = letter(cs, ["Leeds City Council", "Integrated Safeguarding Unit"],
                  "9 December 2026",
                  ["Child Protection Unit", "West Yorkshire Police", "Weetwood"],
                  "Dear Sir or Madam,",
                  "Cancellation of Initial Child Protection Conference - Lily-Rose Barraclough",
                  ["I am writing to confirm that the Initial Child Protection Conference for Lily-Rose Barraclough, which was arranged "
                   "for Friday 18th December 2026 at 2pm, has been cancelled.",
                   "Ms Barraclough and Lily-Rose moved to Sheffield on 4th December and the case has been transferred to Sheffield "
                   "Children's Services, who will decide whether to convene a conference there.",
                   "For your records the family details were:"],
                  ["Lily-Rose Barraclough (child, 02/02/2024)", "Kelly Barraclough (mother)"],
                  ["No police report is now required. Please accept our apologies for any inconvenience."],
                  ["Yours faithfully", "Integrated Safeguarding Unit"])
    return send(cs, docx, "Cancellation letter - Barraclough.docx",
                "Please see attached letter - the ICPC on 18/12/2026 for Lily-Rose Barraclough will not now go ahead.\n\nISU",
                "CANCELLED - ICPC - Barraclough - 18/12/2026", london(2026, 12, 9, 11, 56), "isu.cpc", "ISU CPC")


@case
def c13f():
    cs = Case("c-13f-kirklees-transfer-in-docx-letter-lancashire-bail-attend",
              district="kirklees", kind="transfer_in", date=dt.date(2026, 12, 23), time="09:30", tick=True,
              harm=["sexual"], children=[("Mason Rhodes", "2015-03-30"), ("Lacey Rhodes", "2018-08-08")],
              adults=["Kerry-Ann Rhodes", "Dean Rhodes", "Maureen Pickles"], criteria=["current_investigation"], decision="attend",
              received=london(2026, 12, 14, 15, 0),
              tags=["layout-13", "docx-letter", "district-kirklees", "transfer-in", "out-of-area", "bail", "no-policy-file"],
              notes="transfer-in from Lancashire; father on bail in a live investigation of sexual abuse of Lacey (W item 1, Wakefield rules for Kirklees) -> attend")
    docx = letter(cs, ["Kirklees Council", "Child Protection Conference Team", "Civic Centre 1, Huddersfield HD1 2NF"],
                  "14th December 2026",
                  ["DS Andrew Lockwood", "Kirklees Safeguarding Unit", "West Yorkshire Police"],
                  "Dear DS Lockwood,",
                  "Invitation: Transfer-in Child Protection Conference for Mason and Lacey Rhodes",
                  ["Mason and Lacey have been subject to child protection plans in Lancashire, under the category of sexual abuse, "
                   "since August 2026. They moved to Batley with their mother on 20th November 2026, and Lancashire County Council "
                   "has asked Kirklees to hold a transfer-in conference.",
                   "The transfer-in conference will be on Wednesday 23rd December 2026 at 9.30 in the morning at Batley Town Hall.",
                   "Lancashire Constabulary are investigating allegations that the children's father sexually abused Lacey. He has been "
                   "released on bail with conditions not to contact either child, and the investigation is ongoing. The officer in the "
                   "case is DC Joanne Whalley, Blackburn Child Protection Unit.",
                   "Police attendance is requested at this conference.",
                   "The family members are as follows:"],
                  ["Mason Rhodes (son, 30/03/2015)",
                   "Lacey Rhodes (daughter, 08/08/2018)",
                   "Kerry-Ann Rhodes (mother)",
                   "Dean Rhodes (father - lives in Blackburn, no contact under bail conditions)",
                   "Maureen Pickles (maternal grandmother - the family are living with her)"],
                  ["Please provide a report by secure email to the Conference Team before the conference."],
                  ["Yours sincerely", "Naveed Hussain", "Child Protection Chair"])
    return send(cs, docx, "TI conference letter - RHODES.docx",
                "Dear colleague\n\nPlease find attached an invitation to a transfer-in conference.\n\nKirklees CP Conference Team",
                "Transfer In Conference - RHODES - Wed 23 Dec", london(2026, 12, 14, 14, 55), "cp.conferenceteam", "CP Conference Team")


@case
def c13g():
    cs = Case("c-13g-wakefield-icpc-docx-letter-allegation-only-discuss",
              district="wakefield", kind="initial", date=dt.date(2026, 12, 11), time="10:00", tick=True,
              harm=["emotional", "physical"], children=[("Mia-Grace Thornton", "2020-04-30")],
              adults=["Laura Thornton", "Adam Whitaker"], criteria=[], decision="discuss",
              received=london(2026, 12, 1, 14, 30),
              tags=["layout-13", "docx-letter", "district-wakefield", "initial", "prose-request", "tick-attend", "trap-allegation-only", "trap-hypothetical"],
              notes="mother's allegation not reported to police, investigation only hypothetical: no criterion; letter requests police attendance -> discuss (Wakefield 4.6)")
    docx = letter(cs, ["Wakefield Council", "Children and Young People's Service"],
                  "1st December 2026",
                  ["DS Martin Holroyd", "Child Safeguarding Unit, West Yorkshire Police"],
                  "Dear DS Holroyd",
                  "Invitation to an Initial Child Protection Conference",
                  ["An Initial Child Protection Conference for Mia-Grace Thornton has been arranged for Friday 11th December 2026 at "
                   "ten o'clock in the morning, in Room 2 at Ossett Town Hall.",
                   "Mia-Grace's parents separated in the summer and there has been a great deal of conflict over contact. Ms Thornton "
                   "alleges that Mr Whitaker slapped Mia-Grace during contact on 14th November; Mr Whitaker disputes this. The "
                   "allegation has not been reported to the police and Ms Thornton has been advised to do so. If a police "
                   "investigation is started, the conference will want to know its progress.",
                   "Mia-Grace has told her teacher she is scared of going to her dad's and that her parents argue at handovers.",
                   "Police attendance is requested, as the chair would value police advice on safe handover arrangements.",
                   "The conference will discuss the following people:"],
                  ["Mia-Grace Thornton (30/04/2020) (daughter)",
                   "Laura Thornton (mother)",
                   "Adam Whitaker (father - lives separately, contact each Saturday)"],
                  ["The conference will consider emotional abuse and physical abuse."],
                  ["Yours sincerely", "Joanne Birkby", "Conference Chair, Safeguarding and Review Unit"])
    return send(cs, docx, "Thornton ICPC invitation.docx", "Invitation attached.\n\nSafeguarding and Review Unit",
                "ICPC Thornton 11/12/26", london(2026, 12, 1, 14, 26), "sru.conferences", "SRU Conferences")
