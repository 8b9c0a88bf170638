"""Layout 76: forms that carry guidance, help text, examples and template leftovers."""
from common import Rec, Pdf, text_part, attach, multipart, send, label, utc
import dx

GUIDE_WAKEFIELD = [
    "Guidance for West Yorkshire Police (please read before completing)",
    "Police will normally attend an Initial Child Protection Conference where:",
    "\u2022 the child is the subject of a current police investigation into physical or sexual abuse within the family;",
    "\u2022 there was a previous police investigation and there is clear evidence that the risk is escalating;",
    "\u2022 police are actively investigating wilful neglect;",
    "\u2022 the conference arises from the child being placed in police protection;",
    "\u2022 child sexual exploitation is a considered risk;",
    "\u2022 there is serious or complex domestic abuse with current direct police involvement;",
    "\u2022 a registered sex offender lives in or is associated with the household;",
    "\u2022 the Chair and the Detective Inspector have agreed that attendance is needed.",
    "In all other cases a comprehensive written report will normally be sufficient. Please tick the appropriate box in Section 6.",
]


def c01():
    cid, slug = "p-76-01", "wakefield-icpc-docx-printed-criteria-report-only"
    rec = Rec()
    doc = dx.new(rec, header="OFFICIAL-SENSITIVE (when complete)")
    dx.para(doc, rec, "Wakefield Council \u2013 Children and Young People's Service", bold=True)
    dx.para(doc, rec, "INITIAL CHILD PROTECTION CONFERENCE \u2013 AGENCY BOOKING FORM", bold=True, size=13)
    dx.para(doc, rec, "Template SRU/ICPC/04 v4.2 \u2013 do not alter the layout of this form", italic=True, size=8, grey=True)
    g = [[[(GUIDE_WAKEFIELD[0], "b"), ("\n", "")] + sum([[(s, "s"), ("\n", "")] for s in GUIDE_WAKEFIELD[1:]], [])[:-1]]]
    t = dx.table(doc, rec, g)
    dx.shade(t.rows[0].cells[0], "EDEDED")
    dx.para(doc, rec, "Section 1 \u2013 Conference details", bold=True)
    dx.table(doc, rec, [
        [[("Type of conference", "b"), ("\n", ""), ("Initial / Transfer-in / Pre-birth (delete as appropriate)", "ig")], "Initial"],
        [[("Date and time", "b"), ("\n", ""), ("Example: Tuesday 3 March 2026, 10:00", "ig")], "Thursday 17 December 2026, 10:00"],
        [[("Venue", "b"), ("\n", ""), ("Give the room and whether the meeting is hybrid", "ig")], "Room 2, Castleford Family Hub, Welbeck Street (hybrid via Teams)"],
        [[("Conference Chair", "b")], "Anita Broadhead"],
        [[("Social worker / Team", "b")], "Owen Lockwood, Five Towns Child Protection Team"],
        [[("CareDirector reference", "b")], "CD604117"],
    ], shade_first_col=True)
    dx.para(doc, rec, "Section 2 \u2013 Children subject to the conference", bold=True)
    dx.para(doc, rec, "List every child in the household. Include unborn children with the expected date of delivery.", italic=True, size=8, grey=True)
    dx.table(doc, rec, [
        ["Forename and surname", "Date of birth", "Gender", "School / nursery"],
        ["Poppy Hirst", "14/02/2020", "F", "Airedale Infant School"],
        ["Alfie Hirst", "03/09/2022", "M", "Little Acorns Nursery"],
    ], header=True)
    dx.para(doc, rec, "Section 3 \u2013 Parents, carers and other significant adults", bold=True)
    dx.para(doc, rec, "Include anyone with parental responsibility, partners and regular visitors to the home.", italic=True, size=8, grey=True)
    dx.table(doc, rec, [
        ["Name", "Relationship", "Date of birth", "Address if different"],
        ["Kayleigh Hirst", "Mother", "21/10/1996", ""],
        ["Ryan Hirst", "Father", "02/05/1994", "Lives in Pontefract, sees the children on Saturdays"],
    ], header=True)
    dx.para(doc, rec, "Section 4 \u2013 Reason for conference", bold=True)
    dx.para(doc, rec, "State the concerns that led to this conference. Example: \u201cPolice were called to the home following a domestic incident and the children were taken into police protection.\u201d", italic=True, size=8, grey=True)
    dx.para(doc, rec, "Neglect. Health visitor and nursery have raised repeated concerns about the condition of the home (dog faeces on the floor, no working heating since October), Alfie's weight falling from the 50th to the 9th centile and five missed health appointments. Ms Hirst describes very low mood and has not engaged with her GP. The s47 enquiry was completed by children's social care.")
    dx.para(doc, rec, "Section 5 \u2013 Known involvement of other agencies", bold=True)
    dx.para(doc, rec, "Include police, probation, health, education and any voluntary services. If police are involved give the officer and crime/occurrence number.", italic=True, size=8, grey=True)
    dx.para(doc, rec, "Health visiting (Tracy Bramley), Airedale Infant School (DSL Mrs Fenwick), Little Acorns Nursery. There has been no police involvement with this family; MASH checks with the police returned no trace for either parent.")
    dx.para(doc, rec, "Section 6 \u2013 West Yorkshire Police", bold=True)
    dx.para(doc, rec, "Tick ONE box. If you are unsure which applies, please discuss with the Conference Chair before sending.", italic=True, size=8, grey=True)
    dx.table(doc, rec, [["\u2610 Police attendance required", "\u2612 Written report sufficient"]])
    dx.para(doc, rec, "Completed by: Owen Lockwood    Date: 04/12/2026")
    fn = "ICPC booking form - HIRST - 17.12.26.docx"
    rec.t(fn)
    body = rec.t("Good morning,\n\nPlease find attached the ICPC booking form for Poppy and Alfie Hirst. Conference is on 17/12/2026 at 10am at Castleford Family Hub.\n\nThanks\nOwen\n\nOwen Lockwood | Social Worker | Five Towns CP Team | Wakefield Council")
    msg = multipart("mixed", [text_part(body), attach(dx.docx_bytes(doc), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)], cid)
    subj = "ICPC booking form HIRST 17/12/2026 [OFFICIAL-SENSITIVE]"
    eml = send(cid, rec, msg, name="Owen Lockwood", addr="owen.lockwood@wakefield.gov.uk", district="wakefield",
               subject=subj, sent="2026-12-07 09:05", recv="2026-12-07 09:12")
    lab = label(cid, slug, rec=rec, district="wakefield", kind="initial", pre_birth=False, date="2026-12-17",
                time="10:00", tick=False, harm=["neglect"],
                children=[("Poppy Hirst", "2020-02-14"), ("Alfie Hirst", "2022-09-03")],
                adults=["Kayleigh Hirst", "Ryan Hirst"], criteria=[], decision="report_only", received=utc("2026-12-07 09:12"),
                tags=["docx-table", "printed-attendance-criteria", "help-text", "example-text", "district-wakefield", "initial", "tick-report"],
                notes="the form prints the police attendance criteria and an 'Example:' mentioning police protection; the family facts meet none and the form ticks written report")
    return cid, slug, eml, lab


def c02():
    cid, slug = "p-76-02", "leeds-icpc-docx-mergefields-current-investigation"
    rec = Rec()
    doc = dx.new(rec, header="OFFICIAL - SENSITIVE")
    dx.para(doc, rec, "Leeds Children and Families \u2013 Integrated Safeguarding Unit", bold=True)
    dx.para(doc, rec, "Invitation to an Initial Child Protection Conference and request for agency report", bold=True, size=12)
    dx.para(doc, rec, "Dear \u00abAgency_Contact_Name\u00bb,")
    dx.para(doc, rec, "Re: \u00abChild_Forename\u00bb \u00abChild_Surname\u00bb \u2013 Conference ID \u00abConf_ID\u00bb")
    dx.para(doc, rec, "You are invited to the Initial Child Protection Conference shown below. Please send your written report to the ISU at least 24 hours before the conference. Please complete Part C so the Chair knows whether the police will attend.")
    dx.table(doc, rec, [
        ["Part A \u2013 Conference", ""],
        ["Conference type", "Initial Child Protection Conference"],
        ["Date", "Tuesday 15th December 2026"],
        ["Time", "1.30pm"],
        ["Venue", "Microsoft Teams (link sent by the ISU)"],
        ["Interpreter required", [("Click or tap here to enter text.", "g")]],
        ["Chair", "Rukhsana Iqbal"],
        ["Social worker", "Callum Brierley (Leeds East CP team)"],
        ["Mosaic case number", "M-4471902"],
    ], header=True)
    dx.table(doc, rec, [
        ["Part B \u2013 Family", "", "", ""],
        ["Name", "Role", "DOB", "Notes"],
        ["Tyler Greenwood", "Child", "11/06/2016", "Year 5, Parklands Primary"],
        ["Maisie Greenwood", "Child", "27/01/2019", "Reception, Parklands Primary"],
        ["Danielle Greenwood", "Mother", "30/03/1991", [("Click or tap here to enter text.", "g")]],
        ["Jordan Pickles", "Mother's partner", "15/12/1989", "Not currently at the address (bail conditions)"],
    ], header=True)
    dx.para(doc, rec, "Reason for conference", bold=True)
    dx.para(doc, rec, "Help: summarise why the threshold for an ICPC is met. Do not paste the whole assessment.", italic=True, size=8, grey=True)
    dx.para(doc, rec, "On 27/11/2026 Tyler arrived at school with a split lip and bruising behind his left ear. He told his teacher that Jordan had hit him with the back of his hand because he would not turn off his console. A child protection medical on the same day found the injuries consistent with his account.")
    dx.para(doc, rec, "A joint section 47 enquiry is being carried out with West Yorkshire Police (Leeds CPPU, DC Hannah Varley). Mr Pickles was arrested on 28/11/2026, interviewed and released on police bail until 08/01/2027 with conditions not to contact Tyler or Maisie and not to attend the family home. Tyler's ABE interview took place on 30/11/2026.")
    dx.para(doc, rec, "Part C \u2013 Police attendance", bold=True)
    dx.para(doc, rec, "\u00abIf_Police_Involved\u00bb Please mark one box. Police attend Leeds ICPCs where there is a current police investigation into physical or sexual abuse within the family, police protection, a registered sex offender in the household or serious domestic violence with current DV co-ordinator involvement.", italic=True, size=8, grey=True)
    dx.table(doc, rec, [["Is police attendance requested?", "\u2612 Yes", "\u2610 No \u2013 report only"]])
    dx.para(doc, rec, "\u00abSW_Signature\u00bb")
    dx.para(doc, rec, "Completed by Callum Brierley, 07/12/2026")
    fn = "Invitation ICPC Greenwood.docx"
    rec.t(fn)
    body = rec.t("Hi\n\nPlease see attached the invitation/booking form for the Greenwood ICPC on Tuesday 15th December at 1.30pm (Teams).\nApologies - a few of the merge fields didn't pull through from Mosaic, but the family details are all in Part B.\n\nCallum\n\nCallum Brierley\nSocial Worker, Leeds East Child Protection Team\nChildren and Families, Leeds City Council")
    msg = multipart("mixed", [text_part(body), attach(dx.docx_bytes(doc), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)], cid)
    eml = send(cid, rec, msg, name="Callum Brierley", addr="callum.brierley@leeds.gov.uk", district="leeds",
               subject="ICPC invitation - GREENWOOD - 15.12.2026", sent="2026-12-08 13:58", recv="2026-12-08 14:03")
    lab = label(cid, slug, rec=rec, district="leeds", kind="initial", pre_birth=False, date="2026-12-15", time="13:30",
                tick=True, harm=["physical"], children=[("Tyler Greenwood", "2016-06-11"), ("Maisie Greenwood", "2019-01-27")],
                adults=["Danielle Greenwood", "Jordan Pickles"], criteria=["current_investigation"], decision="attend",
                received=utc("2026-12-08 14:03"),
                tags=["docx-table", "mergefield-leftovers", "click-or-tap-placeholder", "help-text", "district-leeds", "initial", "tick-attend", "notice-exact-minimum"],
                notes="current joint investigation of physical abuse by mother's partner (arrest, bail, ABE): Leeds item 1; unmerged \u00abfields\u00bb and guidance are template text; exactly 5 working days' notice")
    return cid, slug, eml, lab


def c03():
    cid, slug = "p-76-03", "calderdale-rcpc-pdf-example-text-report-only"
    rec = Rec()
    p = Pdf(rec, title="RCPC notification")
    p.line("OFFICIAL-SENSITIVE", "DVB", 9)
    p.line("Calderdale Council \u2013 Children and Young People's Services \u2013 Safeguarding & Quality Assurance", "DV", 8)
    p.line("REVIEW CHILD PROTECTION CONFERENCE \u2013 NOTIFICATION TO AGENCIES", "DVB", 12)
    p.space()
    p.box_text([("When will police attend a review?", "DVB"),
                ("Police do not routinely attend review conferences. Attendance may be arranged where police are members of the core group, or where there is a compelling reason such as a CSE link or a significant event since the last conference (for example a new arrest or the use of police protection). Please give details in Box 5.", "DV")])
    grey = (0.45, 0.45, 0.45)

    def field(lbl, example, value):
        p.space(3)
        p.line(lbl, "DVB", 9)
        p.para(example, "DVI", 7.5, indent=8, colour=grey)
        p.para(value, "DV", 9, indent=8)
    field("1. Conference", "Example: Review CPC (2nd review) \u2013 Wednesday 4 March 2026 at 14:00, Room 1, Northgate House",
          "Review Child Protection Conference (second review) \u2013 Wednesday 6 January 2027 at 2.00 pm, Meeting Room 3, Northgate House, Halifax")
    field("2. Child(ren)", "Example: Jane Smith, DOB 01/01/2015, Female", "Lacey-Mae Brook, DOB 19/07/2021, Female, attends Ash Green Nursery")
    field("3. Parents / carers", "Example: Joanne Smith (mother); Peter Smith (father, lives separately)",
          "Shannon Brook (mother). Kyle Ackroyd (father) lives separately in Sowerby Bridge and has Lacey-Mae every Sunday.")
    field("4. Category of plan and reason for review", "Example: Emotional abuse \u2013 exposure to parental conflict",
          "Emotional abuse. The plan was made in June 2026 because of frequent arguments between the parents in Lacey-Mae's presence. The parents separated in August; handovers now take place at the paternal grandmother's home and the nursery reports a settled, happy child.")
    field("5. Police involvement since the last conference", "Example: On 12/03 officers attended a domestic incident at the address; Mr Smith was arrested and bailed, and the children were placed in police protection.",
          "None. No incidents have been reported to the police since the plan started.")
    field("6. Core group members", "Example: SW, HV, school, police (if they have actions in the plan)",
          "Social worker (Danielle Hoyle), health visitor, Ash Green Nursery, both parents.")
    field("7. Reports", "Reports to CP Administration, Calderdale Council, three working days before the conference please.", "")
    p.space()
    p.line("Issued by CP Administration, Calderdale MBC, on 09/12/2026", "DV", 8)
    fn = "RCPC notification BROOK 06-01-2027.pdf"
    rec.t(fn)
    body = rec.t("Dear Colleague\n\nPlease find attached notification of the above review conference. The box on page 1 explains when police attendance at reviews is expected.\n\nRegards\nCP Administration\nCalderdale MBC")
    msg = multipart("mixed", [text_part(body), attach(p.bytes(), "application", "pdf", fn)], cid)
    eml = send(cid, rec, msg, name="CP Administration", addr="cp.admin@calderdale.gov.uk", district="calderdale",
               subject="RCPC - BROOK - 06/01/2027", sent="2026-12-09 10:40", recv="2026-12-09 10:44")
    lab = label(cid, slug, rec=rec, district="calderdale", kind="review", pre_birth=False, date="2027-01-06", time="14:00",
                tick=None, harm=["emotional"], children=[("Lacey-Mae Brook", "2021-07-19")], adults=["Shannon Brook", "Kyle Ackroyd"],
                criteria=[], decision="report_only", received=utc("2026-12-09 10:44"),
                tags=["pdf-text", "example-text", "printed-review-guidance", "district-calderdale", "review", "tick-absent", "report-due-over-bank-holiday"],
                notes="every field carries an 'Example:' line with police words (arrest, bail, police protection); the answers say no police involvement: review, no criterion, report_only; report due skips New Year's Day")
    return cid, slug, eml, lab


def c04():
    cid, slug = "p-76-04", "kirklees-prebirth-html-guidance-rso-neither-box"
    rec = Rec()
    h = rec.h
    rows = [
        ("Type of conference", "Pre-birth Initial Child Protection Conference"),
        ("Date / time", "Monday 21 December 2026 at 11:00"),
        ("Venue", "Civic Centre 1, Huddersfield \u2013 Room 4 (hybrid)"),
        ("Unborn child", "Unborn baby Fairburn \u2013 EDD 02/03/2027"),
        ("Mother", "Chloe Fairburn, DOB 08/01/2004"),
        ("Father of unborn baby", "Liam Sutcliffe, DOB 26/06/1998"),
        ("Other household members", "None"),
        ("Category", "Sexual abuse (risk of)"),
    ]
    b1, b2 = h("\u2610 Police to attend"), h("\u2610 Written report only")
    trs = "".join('<tr><td style="background:#e7eef7;width:35%%"><b>%s</b></td><td>%s</td></tr>' % (h(a), h(b)) for a, b in rows)
    html = f"""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>{h("Good afternoon,")}</p>
<p>{h("Please see below the details for a pre-birth ICPC. Could the police please confirm attendance or send a report.")}</p>
<p style="color:#c00000"><b>{h("OFFICIAL-SENSITIVE")}</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">{trs}</table>
<p><i style="color:#595959">{h("Note for partner agencies: West Yorkshire Police will usually attend where a registered sex offender lives in or is associated with the household, where a child has been placed in police protection, or where there is a live police investigation. Please bear this in mind when indicating below.")}</i></p>
<p><b>{h("Reason for conference")}</b></p>
<p>{h("Ms Fairburn is 26 weeks pregnant. The father of the baby, Liam Sutcliffe, was convicted at Leeds Crown Court in 2019 of sexual activity with a 14-year-old girl. He must notify the police of his address and any changes for an indefinite period and is managed by the police MOSOVO team. He stays at Ms Fairburn's flat on Fartown Green Road most nights although his notified address is his mother's house.")}</p>
<p>{h("Ms Fairburn says she does not believe he poses a risk to a baby. She was herself looked after by Kirklees until 2022.")}</p>
<p><b>{h("Police attendance (to be completed by the social worker)")}</b></p>
<p>{b1}<br>{b2}</p>
<p>{h("Many thanks")}<br>{h("Gemma Thornton")}<br>{h("Child Protection Conference Coordinator | Kirklees Council")}</p>
</body></html>"""
    msg = text_part(html, "html")
    eml = send(cid, rec, msg, name="Gemma Thornton", addr="gemma.thornton@kirklees.gov.uk", district="kirklees",
               subject="Pre-birth ICPC - Unborn FAIRBURN - Mon 21/12/2026 11:00", sent="2026-12-10 15:20", recv="2026-12-10 15:26")
    lab = label(cid, slug, rec=rec, district="kirklees", kind="initial", pre_birth=True, date="2026-12-21", time="11:00",
                tick=None, harm=["sexual"], children=[("Unborn baby Fairburn", None)], adults=["Chloe Fairburn", "Liam Sutcliffe"],
                criteria=["registered_sex_offender"], decision="attend", received=utc("2026-12-10 15:26"),
                required=["tickbox_ambiguous"],
                tags=["html-table", "guidance-note", "rso-unusual-words", "district-kirklees", "pre-birth", "initial", "tick-neither", "kirklees-wakefield-rules"],
                notes="RSO stated without the word: indefinite notification to police, MOSOVO-managed, stays most nights; the guidance note's criteria list is not evidence; neither box marked; Kirklees decided with Wakefield rules")
    return cid, slug, eml, lab


def c05():
    cid, slug = "p-76-05", "bradford-rcpc-docx-core-group-guidance-conflict"
    rec = Rec()
    doc = dx.new(rec, header="OFFICIAL-SENSITIVE")
    dx.para(doc, rec, "City of Bradford Metropolitan District Council \u2013 Children's Services", bold=True)
    dx.para(doc, rec, "Child Protection Review Conference \u2013 Invitation and Agency Information Sheet", bold=True, size=12)
    dx.table(doc, rec, [
        ["Conference", "Review Child Protection Conference (first review)"],
        ["When", "12/01/2027 09:30"],
        ["Where", "Britannia House, Hall Ings, Bradford \u2013 Conference Room B"],
        ["Chair (IRO)", "Lorraine Speight"],
        ["Social worker", "Adeel Rashid"],
        ["LCS ID", "BD-2231987"],
    ], shade_first_col=True)
    dx.table(doc, rec, [
        ["Children", "DOB", "School"],
        ["Ayaan Hussain", "05/05/2014", "Carlton Bolling (Y8)"],
        ["Zara Hussain", "22/10/2017", "Byron Primary"],
        ["Musa Hussain", "30/03/2021", "Byron Primary Nursery"],
    ], header=True)
    dx.table(doc, rec, [
        ["Parents / carers", "Relationship", "DOB"],
        ["Nasreen Hussain", "Mother", "17/09/1988"],
        ["Imran Hussain", "Father", "04/04/1985"],
    ], header=True)
    dx.para(doc, rec, "Category of plan: Neglect", bold=True)
    dx.para(doc, rec, "Summary since the initial conference", bold=True)
    dx.para(doc, rec, "Guidance: summarise progress against the plan. Do not repeat the ICPC report.", italic=True, size=8, grey=True)
    dx.para(doc, rec, "The ICPC on 20/10/2026 was concerned about neglect and about adults linked to Mr Hussain's drug supply visiting the home late at night. Home conditions have improved. Mr Hussain has moved to his brother's address; visits by the adults of concern have reduced but neighbours still report cars outside late at night.")
    dx.para(doc, rec, "Core group membership", bold=True)
    dx.para(doc, rec, "Guidance: list each agency with actions in the plan. Police should only be listed where they have been given actions in the child protection plan. Police will not routinely attend review conferences.", italic=True, size=8, grey=True)
    dx.table(doc, rec, [
        ["Agency / person", "Actions in the CP plan"],
        ["Adeel Rashid (SW)", "Fortnightly visits, direct work with Ayaan"],
        ["Health visitor (Sana Mir)", "Developmental check for Musa"],
        ["Byron Primary (DSL)", "Attendance monitoring for Zara and Musa"],
        ["PC 4417 Dean Hollins, Bradford East Neighbourhood Policing Team (WYP)",
         "Attends every core group; weekly welfare visits to the address with the SW; shares any police intelligence about visitors to the home"],
    ], header=True)
    dx.para(doc, rec, "Police contribution (tick one)", bold=True)
    dx.table(doc, rec, [["\u2610 Attendance required", "\u2612 Written report sufficient"]])
    dx.para(doc, rec, "Sent by Children's Services Conference Team on 11/12/2026")
    fn = "RCPC Hussain 12.01.2027 agency sheet.docx"
    rec.t(fn)
    body = rec.t("Good morning\n\nPlease find attached the invitation for the Hussain review conference on 12 January 2027.\n\nKind regards\n\nConference Team\nChildren's Services | Bradford Council")
    msg = multipart("mixed", [text_part(body), attach(dx.docx_bytes(doc), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)], cid)
    eml = send(cid, rec, msg, name="Bradford CP Conference Team", addr="cp.conferences@bradford.gov.uk", district="bradford",
               subject="RCPC invitation - HUSSAIN - 12/01/2027", sent="2026-12-11 08:47", recv="2026-12-11 08:51")
    lab = label(cid, slug, rec=rec, district="bradford", kind="review", pre_birth=False, date="2027-01-12", time="09:30",
                tick=False, harm=["neglect"],
                children=[("Ayaan Hussain", "2014-05-05"), ("Zara Hussain", "2017-10-22"), ("Musa Hussain", "2021-03-30")],
                adults=["Nasreen Hussain", "Imran Hussain"], criteria=["core_group_member"], decision="attend",
                received=utc("2026-12-11 08:51"), required=["tickbox_conflict"],
                tags=["docx-table", "help-text", "core-group-table", "district-bradford", "review", "tick-report", "tickbox-conflict", "bradford-wakefield-rules"],
                notes="a police officer sits in the core group with actions in the plan: review rule attend although written report is ticked (tickbox_conflict); guidance 'police will not routinely attend reviews' is template text")
    return cid, slug, eml, lab


def c06():
    cid, slug = "p-76-06", "wakefield-icpc-pdf-insert-reason-leftover-cse-both-boxes"
    rec = Rec()
    p = Pdf(rec, title="ICPC Request")
    p.line("OFFICIAL \u2013 SENSITIVE", "DVB", 9)
    p.line("WAKEFIELD SAFEGUARDING AND REVIEW UNIT \u2013 REQUEST FOR INITIAL CHILD PROTECTION CONFERENCE", "DVB", 10.5)
    p.space()
    p.table([150, 345], [
        ["Field", "Details"],
        ["Conference", "Initial CPC"],
        ["Date", "Friday 18/12/2026"],
        ["Time", "10:00"],
        ["Venue", "Wakefield One, Meeting Room 4.12"],
        ["Chair", "Mohammed Saddique"],
        ["Reason for conference (summary)", "[Insert reason]"],
        ["Child", "Kenzie Wood, born 09/04/2011 (15), Outwood Academy Hemsworth"],
        ["Mother", "Lisa Wood, born 12/11/1986"],
        ["Stepfather", "Craig Lumb, born 19/02/1983"],
        ["Category", "Sexual abuse"],
    ])
    p.space()
    p.line("Details of concerns", "DVB", 10)
    p.para("Kenzie has been reported missing six times since September, on each occasion overnight. On 28/11/2026 she was found by officers in a car in Pontefract with two men aged 24 and 31 who are not known to the family. She has a second phone and new clothes that her mother cannot account for, and told her school counsellor that \u201cthe lads look after me\u201d.")
    p.para("Wakefield District Police Child Exploitation Team have completed an exploitation risk assessment (01/12/2026): risk of child sexual exploitation assessed as HIGH. DC Ruth Senior is the allocated officer. Kenzie is not currently willing to talk about the men.")
    p.para("Ms Wood and Mr Lumb are working with the social worker and have agreed a safety plan including a curfew.")
    p.space()
    p.line("West Yorkshire Police", "DVB", 10)
    p.c.setFont("DV", 10)
    p.line("\u2612 Police attendance required          \u2612 Written report sufficient", "DV", 10)
    p.space()
    p.box_text([("Examples of when police attendance is needed (Protocol \u00a74.5):", "DVB"),
                ("\u2013 child sexual exploitation is a considered risk; \u2013 the child has been placed in police protection; \u2013 a registered sex offender is associated with the household; \u2013 a current police investigation into physical or sexual abuse within the family; \u2013 serious domestic abuse with current police involvement.", "DV"),
                ("Reports must reach the Chair three working days before the conference.", "DV")])
    p.space()
    p.line("Requested by: Jodie Kettlewell (SW), Wakefield East Child Protection Team \u2013 14/12/2026", "DV", 8)
    fn = "ICPC request WOOD.pdf"
    rec.t(fn)
    body = rec.t("Hi all,\n\nSorry for the short notice - ICPC for Kenzie Wood this Friday 18th Dec at 10am, Wakefield One. Request attached.\n\nJodie\n\nJodie Kettlewell\nSocial Worker | Wakefield East CP Team")
    msg = multipart("mixed", [text_part(body), attach(p.bytes(), "application", "pdf", fn)], cid)
    eml = send(cid, rec, msg, name="Jodie Kettlewell", addr="jodie.kettlewell@wakefield.gov.uk", district="wakefield",
               subject="URGENT ICPC Fri 18/12 - WOOD", sent="2026-12-14 16:44", recv="2026-12-14 16:50")
    lab = label(cid, slug, rec=rec, district="wakefield", kind="initial", pre_birth=False, date="2026-12-18", time="10:00",
                tick=None, harm=["sexual"], children=[("Kenzie Wood", "2011-04-09")], adults=["Lisa Wood", "Craig Lumb"],
                criteria=["child_sexual_exploitation"], decision="attend", received=utc("2026-12-14 16:50"),
                required=["tickbox_ambiguous"],
                tags=["pdf-table", "insert-reason-leftover", "printed-examples", "district-wakefield", "initial", "tick-both", "late-notice"],
                notes="'[Insert reason]' left in the summary row but the concerns section states a HIGH CSE risk assessed by police: Wakefield item 5 attend; both boxes ticked; 4 working days' notice (late)")
    return cid, slug, eml, lab


def c07():
    cid, slug = "p-76-07", "leeds-transfer-in-text-template-guidance-cse"
    rec = Rec()
    body = rec.t("""OFFICIAL-SENSITIVE

Dear \u00abAgency\u00bb,

TRANSFER-IN CHILD PROTECTION CONFERENCE

[Guidance: complete every section. Under 'Police involvement' summarise any current investigation, police protection, registered sex offender, CSE or domestic abuse concerns. Delete this guidance before sending.]

Conference type: Transfer-in conference (from Stockport MBC)
Date: Tuesday 5 January 2027
Time: 10:00 - 12:00
Venue: Teams - invite from ISU to follow
Chair: Bernadette Quinn
Receiving SW: Ashleigh Sowden, Leeds North East CP Team
Originating authority SW: Mark Lever, Stockport MBC

Child: Jessica Holt   DOB 03/12/2010   Female   (starting at Roundhay School in January)
Mother: Nicola Holt   DOB 17/02/1985
Mother's partner: Gary Fenton   DOB 09/07/1980   (moved with the family)

Category: Sexual abuse (plan made in Stockport on 12/08/2026)

Reason for conference:
The family moved from Stockport to Seacroft on 20/11/2026. Jessica has been on a child protection plan in Stockport since August. Stockport's Complex Safeguarding Team (Greater Manchester Police and Stockport Council) have been working with her because of ongoing concerns that she is being sexually exploited by adult men she met online, who have been meeting her in hotels and giving her alcohol and money. Her CSE risk assessment in October was 'significant'. Since the move she has been contacted on Snapchat by one of the men, who offered to drive over to Leeds.

Police involvement:
[Insert details of police involvement here]
GMP hold the intelligence; no West Yorkshire Police involvement to date.

Police attendance requested: YES

Reports to the ISU at least 24 hours before the conference please.

Thanks
Ashleigh Sowden
Social Worker | Leeds North East Child Protection Team | Children and Families | Leeds City Council""")
    msg = text_part(body)
    eml = send(cid, rec, msg, name="Ashleigh Sowden", addr="ashleigh.sowden@leeds.gov.uk", district="leeds",
               subject="Transfer In CPC - HOLT - 05/01/2027", sent="2026-12-15 11:02", recv="2026-12-15 11:09")
    lab = label(cid, slug, rec=rec, district="leeds", kind="transfer_in", pre_birth=False, date="2027-01-05", time="10:00",
                tick=True, harm=["sexual"], children=[("Jessica Holt", "2010-12-03")], adults=["Nicola Holt", "Gary Fenton"],
                criteria=["child_sexual_exploitation"], decision="discuss", received=utc("2026-12-15 11:09"),
                tags=["body-text", "template-guidance-brackets", "mergefield-leftovers", "district-leeds", "transfer-in", "tick-attend", "leeds-cse-choice", "christmas-bank-holidays"],
                notes="transfer-in from Stockport; CSE is a current considered risk (met elsewhere, same child); Leeds has no CSE item: discuss; the bracketed guidance names every criterion and is not evidence")
    return cid, slug, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
