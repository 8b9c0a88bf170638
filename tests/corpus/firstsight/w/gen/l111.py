"""Layout 111: police wording outside the stock phrases, inside ordinary booking forms."""
import html as H
import docx
from docx.shared import Pt
from common import (build_eml, text_part, html_part, alt, mixed, attach_part, outlook_html, docx_bytes,
                    PdfWriter, write_case, TO)

made = []

# ------------------------------------------------------------------ 111-01 wakefield, plain text
cid = "111-01"
subj = "OFFICIAL-SENSITIVE ICPC - BROOK/SHEARD - Thurs 10th Dec"
body = """Morning,

Booking details below for the ICPC. Report to the chair please by Monday 7th at the latest.

OFFICIAL-SENSITIVE
WAKEFIELD SAFEGUARDING AND REVIEW UNIT - CONFERENCE BOOKING

Conference: Initial child protection conference
When: Thursday 10 December 2026, 10.00am - 12.00pm
Where: Room G14, Wakefield One (parents attending in person)
Chair: Lorna Haigh
SW: Ben Mitchell (Castleford & Normanton Safeguarding Team)
CareDirector: CD447120
Category put forward: Physical

Children
  Tayla BROOK   d.o.b. 14/06/2017   Year 4, Half Acres Primary
  Reece BROOK   d.o.b. 02/02/2020   Reception, Half Acres Primary

Adults in the home
  Danielle BROOK - mum - 22/09/1994
  Kyle SHEARD - mum's partner, moved in June 2026 - 05/05/1991

Why are we holding a conference?
Reece came into school on 24/11/2026 with a large bruise across his left cheek and a mark by his ear.
He told the teaching assistant that "Kyle slapped me because I spilt the juice". The paediatrician
found the injuries consistent with a slap from an adult hand.

Police update (from DC Farrah Iqbal, Wakefield Safeguarding Unit)
Mr Sheard was interviewed voluntarily under caution about the injury to Reece on 27/11/2026 at
Normanton police station. He denies it. Enquiries are not finished - DC Iqbal is waiting for
the school's statements and will then send the file to the CPS for advice. He has moved to his
mother's address in the meantime.

Police input:   ( ) officer to attend     (X) written report will do

Form completed by Ben Mitchell 30/11/2026

Thanks
Kirsty Lodge
Business Support Officer | Safeguarding and Review Unit
Wakefield Council | 01924 306122
"""
eml = build_eml(cid, from_name="Kirsty Lodge", from_addr="kirsty.lodge@wakefield.gov.uk", to=TO["wakefield"],
                subject=subj, date_hdr="Tue, 01 Dec 2026 10:09:33 +0000",
                received="Tue, 01 Dec 2026 10:14:02 +0000", body=text_part(body))
made.append(write_case(dict(
    id=cid, district="wakefield", kind="initial", kind_tag="icpc", short="voluntary-interview-report-ticked",
    date="2026-12-10", time="10:00", tick=False, harm=["physical"],
    children=[("Tayla Brook", "2017-06-14"), ("Reece Brook", "2020-02-02")],
    adults=["Danielle Brook", "Kyle Sheard"],
    criteria=["current_investigation"],
    evidence={"current_investigation": ["Mr Sheard was interviewed voluntarily under caution about the injury to Reece",
                                        "Enquiries are not finished"]},
    received_day="2026-12-01", expect="attend",
    unscored_flags=["no_booking_form"],
    tags=["body-text-form", "voluntary-interview", "tick-report", "tickbox-conflict"],
    notes="voluntary interview under caution of mum's partner about a slap to Reece, enquiries ongoing and file going to CPS: "
          "a current police investigation of physical abuse in the family (W1) -> attend although the form says a written report will do",
), eml, [subj, body]))

# ------------------------------------------------------------------ 111-02 leeds, HTML table
cid = "111-02"
subj = "ICPC booking form - OLDROYD - 11/12/2026 1.30pm"
rows = [
    ("Type of meeting", "Initial Child Protection Conference"),
    ("Date / time", "Friday 11/12/2026 at 1.30pm"),
    ("Venue", "Microsoft Teams (link sent separately by the ISU)"),
    ("Chair", "Hannah Brennan"),
    ("Social worker", "Tom Rawnsley, Leeds East Social Work Service"),
    ("Mosaic number", "MOS558201"),
    ("Category", "Emotional abuse"),
    ("Child 1", "Maisie Oldroyd, DOB 09/05/2015, Whinmoor St Paul's"),
    ("Child 2", "Alfie Oldroyd, DOB 21/12/2018, Whinmoor St Paul's"),
    ("Mother", "Jodie Oldroyd, DOB 17/03/1992"),
    ("Father (lives at the address)", "Lewis Crabtree, DOB 08/10/1989"),
    ("Reason for conference",
     "Both children are living with a lot of shouting and arguments between their parents and Maisie has "
     "told school she hides in her wardrobe with Alfie. Maisie has started self-harming (scratching)."),
    ("Police involvement",
     "West Yorkshire Police have sent three PPNs to the front door since August after neighbours rang about "
     "arguing. Each time officers graded the DASH as standard risk and nobody disclosed an assault. "
     "Both parents declined to give statements and police took no further action on all three. "
     "School have had Operation Encompass notifications the morning after each call-out. "
     "The case has not been referred to MARAC and there is no IDVA or DV worker involved."),
    ("Is a police officer needed at the conference?", "No - written report only"),
    ("Completed by", "Tom Rawnsley, 02/12/2026"),
]
trs = "\n".join(
    f'<tr><td width="35%" style="border:solid windowtext 1.0pt;padding:3pt;background:#D9E2F3"><b>{H.escape(a)}</b></td>'
    f'<td style="border:solid windowtext 1.0pt;padding:3pt">{H.escape(b)}</td></tr>' for a, b in rows)
intro = "Hi, please find the booking details for the Oldroyd children below. Many thanks, Precious"
sig = ["Precious Mahlangu", "Integrated Safeguarding Unit | Children and Families | Leeds City Council", "0113 378 4410"]
html = outlook_html([H.escape("Hi,"), "&nbsp;", H.escape("Please find the booking details for the Oldroyd children below."),
                     "&nbsp;"]).replace("</div></body></html>",
    '<table border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n' + trs + '\n</table>\n'
    + "".join(f'<p class=MsoNormal>{H.escape(s)}</p>\n' for s in ["Many thanks,", ""] + sig) + "</div></body></html>")
plain = "Hi,\n\nPlease find the booking details for the Oldroyd children below.\n\n" + "\n".join(
    f"{a}\t{b}" for a, b in rows) + "\n\nMany thanks,\n\n" + "\n".join(sig) + "\n"
eml = build_eml(cid, from_name="Precious Mahlangu", from_addr="precious.mahlangu@leeds.gov.uk", to=TO["leeds"],
                subject=subj, date_hdr="Thu, 03 Dec 2026 11:52:10 +0000",
                received="Thu, 03 Dec 2026 11:53:40 +0000", body=alt(cid, plain, html))
texts = [subj, plain, "Hi,", "Please find the booking details for the Oldroyd children below.", "Many thanks,"] + sig
for a, b in rows:
    texts += [a, b, f"{a} {b}"]
made.append(write_case(dict(
    id=cid, district="leeds", kind="initial", kind_tag="icpc", short="ppn-encompass-standard-risk",
    date="2026-12-11", time="13:30", tick=False, harm=["emotional"],
    children=[("Maisie Oldroyd", "2015-05-09"), ("Alfie Oldroyd", "2018-12-21")],
    adults=["Jodie Oldroyd", "Lewis Crabtree"], criteria=[], evidence={},
    received_day="2026-12-03", expect="report_only", unscored_flags=["no_booking_form"],
    tags=["body-html-table", "ppn", "operation-encompass", "tick-report", "safe-report-only"],
    notes="PPNs, Operation Encompass notices and standard-risk DASH with NFA each time, no MARAC/IDVA/DV worker: "
          "police have attended but there is no current direct involvement to manage serious DA (L5) -> report only",
), eml, texts))

# ------------------------------------------------------------------ 111-03 bradford, docx
cid = "111-03"
d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
dtexts = []
def P(t, bold=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = bold; dtexts.append(t)
P("OFFICIAL - SENSITIVE", True)
P("City of Bradford Metropolitan District Council - Children's Services", True)
P("Request for a Child Protection Conference", True)
tbl = [
    ("Conference", "Initial"), ("Date", "Monday 14 December 2026"), ("Start", "11:00"),
    ("Venue", "Britannia House, Hall Ingram, Bradford - Conference Room 2"),
    ("Independent chair", "Ruth Ackerley"), ("Social worker", "Adeel Rafiq"), ("Liquidlogic ID", "LL-3309187"),
    ("Concern category", "Emotional"),
]
t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in tbl:
    c = t.add_row().cells; c[0].text = a; c[1].text = b; dtexts += [a, b]
P("")
P("Children", True)
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, x in enumerate(["Name", "DOB", "School/nursery"]):
    t.rows[0].cells[i].text = x; dtexts.append(x)
for r in [("Zara Hussain", "30/08/2021", "Little Acorns Nursery"), ("Ayaan Hussain", "11/03/2024", "at home")]:
    c = t.add_row().cells
    for i, x in enumerate(r):
        c[i].text = x; dtexts.append(x)
P("Parents / carers", True)
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, x in enumerate(["Name", "Relationship", "DOB"]):
    t.rows[0].cells[i].text = x; dtexts.append(x)
for r in [("Samina Hussain", "Mother", "02/01/1996"), ("Imran Hussain", "Father (currently barred from the home)", "19/07/1993")]:
    c = t.add_row().cells
    for i, x in enumerate(r):
        c[i].text = x; dtexts.append(x)
P("What has happened", True)
para1 = ("On the night of 22/11/2026 officers were called by a neighbour and found Mrs Hussain with marks to her neck; "
         "she said her husband had held her by the throat against the kitchen door while Zara watched from the stairs.")
para2 = ("Because she would not make a statement, the officers served Mr Hussain with a Domestic Violence Protection Notice "
         "at the address, and on 24/11/2026 Bradford magistrates granted a DVPO for the full 28 days. He must not go to "
         "the family home or contact Mrs Hussain until it runs out on 22/12/2026.")
para3 = ("PC Gemma Stansfield from the District Safeguarding Unit's domestic abuse team is visiting Mrs Hussain weekly "
         "to manage the risk, and the case goes to the next MARAC on 10/12/2026.")
for x in (para1, para2, para3):
    P(x)
P("Completed by Adeel Rafiq, social worker, 03/12/2026")
docb = docx_bytes(d, "CP conference request", "Adeel Rafiq")
note = """Good afternoon

Please see the attached request for an Initial Child Protection Conference (Hussain children) on Monday 14th December at 11am, Britannia House.

Regards

Wendy Sutcliffe
Conference & Review Admin | Children's Services | City of Bradford MDC
01274 437 915
"""
subj = "ICPC request - HUSSAIN - 14.12.26"
eml = build_eml(cid, from_name="Wendy Sutcliffe", from_addr="wendy.sutcliffe@bradford.gov.uk", to=TO["bradford"],
                subject=subj, date_hdr="Fri, 04 Dec 2026 16:47:51 +0000", received="Fri, 04 Dec 2026 16:50:12 +0000",
                body=mixed(cid, text_part(note), [attach_part(docb, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "CP conference request - Hussain.docx")]))
made.append(write_case(dict(
    id=cid, district="bradford", kind="initial", kind_tag="icpc", short="dvpn-dvpo-docx",
    date="2026-12-14", time="11:00", tick=None, harm=["emotional"],
    children=[("Zara Hussain", "2021-08-30"), ("Ayaan Hussain", "2024-03-11")],
    adults=["Samina Hussain", "Imran Hussain"],
    criteria=["domestic_abuse_current_involvement"],
    evidence={"domestic_abuse_current_involvement": [
        "on 24/11/2026 Bradford magistrates granted a DVPO for the full 28 days",
        "is visiting Mrs Hussain weekly to manage the risk"]},
    received_day="2026-12-04", expect="attend",
    tags=["docx", "dvpn", "dvpo", "tick-absent", "bradford-wakefield-rules"],
    notes="strangulation, DVPN then a DVPO in force to 22/12 and a police DA officer managing the risk: W6 (Bradford decided with the Wakefield rules) -> attend; the form has no tick box",
), eml, [subj, note, "CP conference request - Hussain.docx"] + dtexts))

# ------------------------------------------------------------------ 111-04 kirklees review, pdf
cid = "111-04"
pw = PdfWriter("Review conference notification", "Kirklees Council", footer="Kirklees Council - Child Protection Review Conference notification - page {page}")
pw.line("OFFICIAL-SENSITIVE", bold=True)
pw.line("Kirklees Council  |  Children and Families  |  Child Protection Conferences", bold=True, size=11)
pw.line("Notification of Review Child Protection Conference", bold=True, size=13, gap=24)
for a, b in [("Conference", "Review (1st review)"), ("Date", "Tuesday 05/01/2027"), ("Time", "2.00pm"),
             ("Venue", "Civic Centre 1, Huddersfield, and via Teams"), ("Chair", "Alison Whitworth"),
             ("Social worker", "Gareth Haigh"), ("Previous conference", "ICPC held 13/10/2026"),
             ("Plan categories", "Holly - sexual abuse; Jayden - emotional abuse")]:
    pw.field(a, b)
pw.rule()
pw.line("Children on the plan", bold=True)
pw.line("Jayden Firth     born 17/01/2012     Almondbury Community School")
pw.line("Holly Lumb        born 25/07/2014     Almondbury Community School")
pw.line("Adults", bold=True)
pw.line("Nicola Lumb - mother of both children (born 06/06/1988)")
pw.line("Darren Firth - Jayden's father, Holly's stepfather (born 12/12/1984) - not at home, see below")
pw.rule()
pw.line("Update since the initial conference", bold=True)
up1 = ("Mr Firth was charged in October with two offences against Holly and was remanded in custody at his first "
       "appearance at Kirklees Magistrates' Court. He remains on remand at HMP Leeds awaiting trial at Bradford "
       "Crown Court; the trial window opens in March 2027. Holly has given her evidence by video interview and has "
       "been offered pre-trial therapy.")
up2 = ("Ms Lumb has engaged with every core group and both children are attending school. The core group is made up of "
       "the social worker, the school DSL, the school nurse, Ms Lumb and the CAMHS worker.")
pw.para(up1); pw.para(up2)
pw.line("West Yorkshire Police contribution", bold=True)
pw.box("Attendance at the review conference requested", False)
pw.box("Written update sufficient", True)
pw.line("Completed by Gareth Haigh, 04/12/2026")
pdfb = pw.bytes()
note = "Please find attached notification for the Firth/Lumb review on 5th January.\n\nThank you\nSue Dyson\nCP Conference Admin, Kirklees Council\n"
subj = "Review CPC 05/01/2027 - FIRTH / LUMB"
eml = build_eml(cid, from_name="Sue Dyson", from_addr="sue.dyson@kirklees.gov.uk", to=TO["kirklees"], subject=subj,
                date_hdr="Mon, 07 Dec 2026 09:02:44 +0000", received="Mon, 07 Dec 2026 09:03:30 +0000",
                body=mixed(cid, text_part(note), [attach_part(pdfb, "application/pdf", "RCPC notification Firth-Lumb.pdf")]))
made.append(write_case(dict(
    id=cid, district="kirklees", kind="review", kind_tag="rcpc", short="remanded-awaiting-trial-pdf",
    date="2027-01-05", time="14:00", tick=False, harm=["sexual", "emotional"],
    children=[("Jayden Firth", "2012-01-17"), ("Holly Lumb", "2014-07-25")],
    adults=["Nicola Lumb", "Darren Firth"],
    criteria=["current_investigation"],
    evidence={"current_investigation": ["He remains on remand at HMP Leeds awaiting trial at Bradford Crown Court"]},
    received_day="2026-12-07", expect="discuss",
    tags=["pdf", "review", "remanded", "awaiting-trial", "tick-report", "christmas-deadline", "unsafe-report-only"],
    notes="review; stepfather charged with offences against Holly, remanded and awaiting trial = a police matter still open; "
          "police not in the core group, so discuss (review rule), not report_only despite the 'written update' tick; report due counts back over Christmas/New Year",
), eml, [subj, note, "RCPC notification Firth-Lumb.pdf"] + pw.texts))

# ------------------------------------------------------------------ 111-05 calderdale, plain text
cid = "111-05"
subj = "Initial CP Conference - Thurs 17/12 9.30 - CROSSLEY"
body = """Hello

Please see below booking for ICPC. Report to CP Admin by secure email please.

OFFICIAL-SENSITIVE

CALDERDALE MBC - INITIAL CHILD PROTECTION CONFERENCE
Date and time ..... Thursday 17/12/2026, 9:30am
Venue ............. Northgate House, Halifax (Room 3) / MS Teams hybrid
Independent Chair . Pauline Greenwood
Allocated SW ...... Priya Chauhan
LCS ............... LCS772309
Category .......... Physical

Child: Ellie-Mae Crossley, born 03/04/2019 (Ferney Lee Primary)
Mother: Shannon Crossley, born 28/02/1998 - lives with Ellie-Mae
Father: Nathan Wood, born 15/09/1990 - lives in Sowerby Bridge, has Ellie-Mae every weekend

Reason: Ellie-Mae has had two sets of bruising to her lower back in three weeks (09/11 and 27/11). Mum says
it happened at dad's, dad says it happened at mum's. The strategy discussion on 30/11 agreed a single agency
s47 by Children's Social Care - the police are not investigating the current injuries as no allegation has
been made against anyone.

Background: Mr Wood has a conviction from 2023 for assaulting his older son Tyler (then 8), who lives with
his own mother in Rochdale. That matter was investigated by the Calderdale Safeguarding Unit in 2022 and
Mr Wood was summonsed to court by postal requisition rather than arrested. No other police history for either
parent.

Police attendance requested?  NO - report only

Booked by: Carole Pickersgill, CP Admin Team | Calderdale MBC
"""
eml = build_eml(cid, from_name="Carole Pickersgill", from_addr="carole.pickersgill@calderdale.gov.uk",
                to=TO["calderdale"], subject=subj, date_hdr="Wed, 09 Dec 2026 14:20:09 +0000",
                received="Wed, 09 Dec 2026 14:21:31 +0000", body=text_part(body))
made.append(write_case(dict(
    id=cid, district="calderdale", kind="initial", kind_tag="icpc", short="postal-requisition-history",
    date="2026-12-17", time="09:30", tick=False, harm=["physical"],
    children=[("Ellie-Mae Crossley", "2019-04-03")], adults=["Shannon Crossley", "Nathan Wood"],
    criteria=["prior_unit_involvement"],
    evidence={"prior_unit_involvement": ["That matter was investigated by the Calderdale Safeguarding Unit in 2022"]},
    received_day="2026-12-09", expect="attend", unscored_flags=["no_booking_form"],
    tags=["body-text-form", "postal-requisition", "historical", "single-agency-s47", "tick-report", "tickbox-conflict"],
    notes="current injuries: single-agency s47, police not investigating (not current_investigation); father's 2022-23 investigation and "
          "postal-requisition conviction for assaulting another child is previous significant unit involvement with a significant person -> Calderdale attend",
), eml, [subj, body]))

# ------------------------------------------------------------------ 111-06 wakefield pre-birth, docx
cid = "111-06"
d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
dtexts = []
P("OFFICIAL-SENSITIVE", True)
P("Wakefield Council - Children and Young People's Service", True)
P("PRE-BIRTH CHILD PROTECTION CONFERENCE - BOOKING FORM", True)
t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [("Type", "Initial pre-birth conference"), ("Date", "22/12/2026"), ("Time", "10.00am"),
             ("Venue", "Conference Room 1, Wakefield One"), ("Chair", "Rafiq Mahmood"),
             ("Social worker", "Leanne Firth (Pre-birth and Vulnerable Babies Team)"), ("CareDirector ID", "CD903114"),
             ("Proposed category", "Neglect"),
             ("Unborn child", "Unborn Ackroyd - EDD 20/02/2027"),
             ("Mother", "Chloe Ackroyd, 04/11/2001"), ("Father", "Jordan Pickles, 23/06/1999")]:
    c = t.add_row().cells; c[0].text = a; c[1].text = b; dtexts += [a, b]
P("")
P("Reason for conference", True)
r1 = ("Ms Ackroyd's two older children were made subject to care orders in 2024 after long-standing neglect and now live "
      "with their paternal grandparents. She has not engaged with antenatal care until 28 weeks and the flat is in a poor state.")
P(r1)
P("Police information known to the social worker", True)
r2 = ("Mr Pickles is the subject of an ongoing enquiry by Lancashire Constabulary about benefit fraud at his previous "
      "address in Preston; he has been asked to attend a voluntary interview in January. Nothing in that enquiry concerns children.")
r3 = ("Officers are making enquiries into a burglary at Ms Ackroyd's flat on 01/12/2026, in which she is the victim.")
r4 = ("There is no history of violence between the parents and neither has any record of offences against children. "
      "Police protection is not part of the birth plan; if the parents tried to leave the ward with the baby against medical "
      "advice, the ward would contact EDT.")
for x in (r2, r3, r4):
    P(x)
P("West Yorkshire Police", True)
P("☒ Police attendance requested        ☐ Written report sufficient")
P("Reason for request: the chair would value police input on the risk from associates visiting the flat.")
P("Completed by Leanne Firth 14/12/2026")
docb = docx_bytes(d, "Pre-birth booking form", "Leanne Firth")
note = ("Hi,\n\nPre-birth ICPC booking form attached for Unborn Ackroyd - Tuesday 22nd December 10am.\n\n"
        "Thanks\n\nMegan Hartley\nSafeguarding and Review Unit\nWakefield Council\n")
subj = "RE: Pre-birth ICPC - ACKROYD - 22/12/2026"
eml = build_eml(cid, from_name="Megan Hartley", from_addr="megan.hartley@wakefield.gov.uk", to=TO["wakefield"],
                subject=subj, date_hdr="Tue, 15 Dec 2026 08:31:16 +0000", received="Tue, 15 Dec 2026 08:32:02 +0000",
                body=mixed(cid, text_part(note), [attach_part(docb, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Booking form - Unborn Ackroyd.docx")]))
made.append(write_case(dict(
    id=cid, district="wakefield", kind="initial", pre_birth=True, kind_tag="prebirth", short="other-enquiries-tick-attend",
    date="2026-12-22", time="10:00", tick=True, harm=["neglect"],
    children=[("Unborn Ackroyd", None)], adults=["Chloe Ackroyd", "Jordan Pickles"],
    criteria=[], evidence={}, received_day="2026-12-15", expect="discuss",
    tags=["docx", "pre-birth", "ongoing-enquiry-other-matter", "victim-not-suspect", "hypothetical-pp", "tick-attend"],
    notes="'subject of an ongoing enquiry' is a fraud matter elsewhere, 'officers are making enquiries' is a burglary where mother is the victim, "
          "police protection only hypothetical: no criterion; the form asks for police -> discuss (W §4.6)",
), eml, [subj, note, "Booking form - Unborn Ackroyd.docx"] + dtexts))

# ------------------------------------------------------------------ 111-07 leeds, chair's outcome (not an invitation)
cid = "111-07"
subj = "Outcome of ICPC 10/12/2026 - NAYLOR - chair's summary"
body = """Dear colleagues

The Initial Child Protection Conference for Harvey Naylor (DOB 19/08/2016) was held yesterday, 10/12/2026.

OUTCOME: Harvey is now subject to a child protection plan under the category of physical abuse.

Police update given at conference by DC Owen Rhodes: Mr Carl Naylor (father) was released pending a CPS
charging decision after interview on 25/11/2026; his bail conditions continue (not to live at the family
address, no unsupervised contact with Harvey). The CPS file was submitted on 04/12/2026.

First core group: 18/12/2026 at 10am, Richmond Hill Primary. Police are asked to attend the core group
and to share the charging decision as soon as it is known.

Review conference: 09/03/2027, 10am, Merrion House.

Mother: Kayleigh Naylor.

The full minutes will follow within 15 working days.

Kind regards

Hannah Brennan
Child Protection Chair | Integrated Safeguarding Unit | Leeds City Council
"""
eml = build_eml(cid, from_name="Hannah Brennan", from_addr="hannah.brennan@leeds.gov.uk", to=TO["leeds"],
                subject=subj, date_hdr="Fri, 11 Dec 2026 15:41:37 +0000", received="Fri, 11 Dec 2026 15:42:10 +0000",
                body=text_part(body))
made.append(write_case(dict(
    id=cid, district="leeds", kind=None, kind_tag="outcome", short="chair-summary-rpcd-not-invite",
    date=None, time=None, tick=None, harm=None,
    children=[("Harvey Naylor", "2016-08-19")], adults=["Carl Naylor", "Kayleigh Naylor"],
    criteria=None, evidence={}, manual=True, received_day="2026-12-11", no_deadlines=True,
    flags_required=["not_an_invitation"], flags_forbidden=["cancelled", "possible_duplicate", "rescheduled", "unverified_sender"],
    tags=["not-an-invitation", "chair-summary", "released-pending-cps"],
    notes="a chair's outcome summary after the conference, full of live police wording (released pending a CPS charging decision): not an invitation -> manual_review",
), eml, [subj, body]))

print("\n".join(made))
