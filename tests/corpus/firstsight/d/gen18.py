"""Layout 18: PDF booking form, fields two per row (label | value | label | value), a
'Household composition' table (Surname, Forename(s), DOB, Relationship) and a police question answered
by writing YES or NO in capitals in a box."""
import datetime as dt
import io
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Texts, build_message, write_eml, label

ss = getSampleStyleSheet()
P = ParagraphStyle("p", parent=ss["Normal"], fontName="Helvetica", fontSize=9, leading=11)
B = ParagraphStyle("b", parent=P, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=7, spaceAfter=3)
T = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=13)
BOXS = ParagraphStyle("box", parent=P, fontName="Helvetica-Bold", fontSize=14, alignment=1, leading=16)


def para(tx, s, style=P):
    tx.add(s)
    return Paragraph(escape(s), style)


def make_pdf(tx, c):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=c["title"])
    fl = [para(tx, c["marking"], B), para(tx, c["title"], T), para(tx, c["council"], B), Spacer(1, 4)]
    fields = c["fields"]
    rows = []
    for i in range(0, len(fields), 2):
        pair = fields[i:i + 2] + ([("", "")] if len(fields[i:i + 2]) == 1 else [])
        rows.append([para(tx, pair[0][0], B), para(tx, pair[0][1]), para(tx, pair[1][0], B), para(tx, pair[1][1])])
    t = Table(rows, colWidths=[30 * mm, 60 * mm, 30 * mm, 60 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                           ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eeeeee")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fl += [t, para(tx, "Household composition", H)]
    hh = [[para(tx, h, B) for h in ("Surname", "Forename(s)", "DOB", "Relationship")]]
    for r in c["household"]:
        hh.append([para(tx, x) for x in r])
    t2 = Table(hh, colWidths=[40 * mm, 50 * mm, 30 * mm, 60 * mm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
    fl.append(t2)
    for head, paras in c["sections"]:
        fl.append(para(tx, head, H))
        for s in paras:
            fl.append(para(tx, s))
    fl.append(para(tx, "West Yorkshire Police", H))
    q = [[para(tx, c["police_q"]), Paragraph(escape(c["police_a"]), BOXS)]]
    if c["police_a"]:
        tx.add(c["police_a"])
    t3 = Table(q, colWidths=[140 * mm, 30 * mm], rowHeights=[14 * mm])
    t3.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 1.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    fl += [t3, Spacer(1, 4)]
    for s in c.get("footer", []):
        fl.append(para(tx, s))
    doc.build(fl)
    return buf.getvalue()


Q1 = "Is police attendance at the conference required? (write YES or NO in the box)"
Q2 = "Police to attend conference? Write YES or NO. (A written police report is requested in every case.)"

CASES = [
 dict(
  name="d-18-wakefield-icpc-grid-current-investigation-box-no",
  district="wakefield", sender=("Natalie Gaunt", "natalie.gaunt"), recv=dt.datetime(2026, 12, 1, 9, 22),
  subject="Booking form - ICPC - LISTER - 11/12/2026 [OFFICIAL-SENSITIVE]",
  body="Good morning,\n\nPlease find attached a booking form for an initial child protection conference.\n\nNatalie Gaunt\nSafeguarding and Review Unit\nWakefield Council\n",
  fname="Booking Form - LISTER.pdf", marking="OFFICIAL-SENSITIVE",
  title="CHILD PROTECTION CONFERENCE BOOKING FORM", council="Wakefield Council - Safeguarding and Review Unit",
  fields=[("Conference type", "Initial CPC"), ("Date", "11/12/2026"), ("Time", "09:30"),
          ("Venue", "Airedale Family Hub, Castleford"), ("Chair", "Gordon Sykes"), ("Social worker", "Leanne Booth"),
          ("Category", "Physical abuse"), ("CareDirector no.", "CD-5530127")],
  household=[("LISTER", "Jayden", "02/07/2016", "Subject child"), ("LISTER", "Sienna", "15/11/2021", "Subject child (half-sibling)"),
             ("LISTER", "Carly", "09/06/1993", "Mother"), ("OWEN", "Scott", "28/12/1990", "Mother's partner / Sienna's father")],
  sections=[("Reason for conference",
             ["Jayden (10) arrived at school on 25/11/2026 with a black eye and marks to his neck and said Scott had "
              "hit him. Mr Owen was arrested the same day on suspicion of assault occasioning actual bodily harm and has "
              "been released on police bail while the police investigation continues. Bail conditions prevent him from "
              "returning to the home."])],
  police_q=Q1, police_a="NO",
  footer=["Completed by: Leanne Booth   Date: 30/11/2026"],
  kind="initial", pre_birth=False, date="2026-12-11", time="09:30", tick=False, harm=["physical"],
  children=[("Jayden Lister", "2016-07-02"), ("Sienna Lister", "2021-11-15")], adults=["Carly Lister", "Scott Owen"],
  criteria=["current_investigation"], expect="attend",
  tags=["layout-18", "pdf-grid-form", "household-table", "yes-no-box", "tick-report", "tickbox-conflict", "bail"],
  notes="current police investigation (arrest, bail) of physical abuse by mother's partner: item 1 -> attend although the box says NO (tickbox_conflict)"),
 dict(
  name="d-18-leeds-icpc-grid-cce-not-cse-box-yes",
  district="leeds", sender=("ISU Bookings", "isu.bookings"), recv=dt.datetime(2026, 12, 2, 10, 30),
  subject="ICPC booking form - MENSAH - 10.12.26",
  body="Please see attached booking form. Report to the ISU 24 hours before conference please.\n\nISU, Leeds City Council\n",
  fname="MENSAH booking form.pdf", marking="OFFICIAL - SENSITIVE",
  title="Initial Child Protection Conference - Booking Form", council="Leeds Children and Families - Integrated Safeguarding Unit",
  fields=[("Type", "ICPC"), ("Date", "Thursday 10th December 2026"), ("Start", "2pm"), ("Finish", "4pm"),
          ("Venue", "Seacroft Hub, Leeds LS14 6JB"), ("Chair", "Alison Marr"), ("Social worker", "Daniel Oyelaran"),
          ("Mosaic", "M8812704")],
  household=[("MENSAH", "Kwame", "19/04/2010", "Subject child"), ("MENSAH", "Abena", "06/12/1982", "Mother"),
             ("MENSAH", "Kofi, Esi", "12/03/2013, 01/09/2015", "Siblings")],
  sections=[("Why is a conference needed?",
             ["Kwame has been found in Scarborough and Hull on three occasions this autumn carrying cash and drugs and is "
              "believed to be exploited by a county lines network (child criminal exploitation). A National Referral "
              "Mechanism referral has been made for criminal exploitation. A CSE screening tool was completed on "
              "20/11/2026 and no CSE concerns were identified.",
              "Ms Mensah works nights and struggles to keep Kwame at home; the family flat was used by older youths "
              "to store drugs (cuckooing) in October."])],
  police_q=Q1, police_a="YES", footer=["Form completed 01/12/2026 by D. Oyelaran"],
  kind="initial", pre_birth=False, date="2026-12-10", time="14:00", tick=True, harm=None,
  children=[("Kwame Mensah", "2010-04-19"), ("Kofi Mensah", "2013-03-12"), ("Esi Mensah", "2015-09-01")],
  adults=["Abena Mensah"], criteria=[], expect="discuss",
  tags=["layout-18", "pdf-grid-form", "household-table", "yes-no-box", "trap-cce-not-cse", "negated-cse",
        "several-people-one-cell"],
  notes="CCE / county lines / cuckooing are not CSE and CSE is negated; no criterion but the box asks for police -> discuss"),
 dict(
  name="d-18-calderdale-icpc-grid-rso-grandfather",
  district="calderdale", sender=("CP Admin Calderdale", "cp.admin"), recv=dt.datetime(2026, 11, 26, 15, 10),
  subject="Booking Form ICPC 08/12/2026 - BARRACLOUGH",
  body="Afternoon,\n\nBooking form for an initial conference attached.\n\nRegards\nCP Administration\nCalderdale Council\n",
  fname="Barraclough BF.pdf", marking="OFFICIAL-SENSITIVE",
  title="Child Protection Conference Booking Form", council="Calderdale Council",
  fields=[("Conference", "Initial"), ("Date", "Tues 8 Dec 2026"), ("Time", "10.00am"), ("Venue", "Elland Library meeting room"),
          ("Chair", "Jennifer Bottomley"), ("SW", "Callum Greenwood"), ("Team", "Calderdale Assessment Team"), ("Interpreter", "No")],
  household=[("BARRACLOUGH", "Isla", "11/02/2019", "Child"), ("BARRACLOUGH", "Freddie", "23/08/2021", "Child"),
             ("BARRACLOUGH", "Hannah", "30/04/1996", "Mother"),
             ("COCKROFT", "Derek", "14/07/1958", "Maternal grandfather - not in household, provides daily childcare")],
  sections=[("Reason for request",
             ["Maternal grandfather Derek Cockroft is a registered sex offender (2015 conviction for possession of indecent "
              "images of children; notification requirements still in force). Ms Barraclough has been leaving both "
              "children in his sole care after nursery every weekday despite a written agreement not to do so."])],
  police_q=Q2, police_a="YES", footer=["Completed by Callum Greenwood 25/11/26"],
  kind="initial", pre_birth=False, date="2026-12-08", time="10:00", tick=True, harm=None,
  children=[("Isla Barraclough", "2019-02-11"), ("Freddie Barraclough", "2021-08-23")],
  adults=["Hannah Barraclough", "Derek Cockroft"], criteria=["registered_sex_offender", "prior_unit_involvement"], expect="attend",
  tags=["layout-18", "pdf-grid-form", "household-table", "yes-no-box", "rso-associated-not-resident"],
  notes="RSO grandfather provides daily unsupervised childcare (associated with the household): Calderdale RSO consideration -> attend"),
 dict(
  name="d-18-wakefield-icpc-grid-previous-investigation-escalation",
  district="wakefield", sender=("Natalie Gaunt", "natalie.gaunt"), recv=dt.datetime(2026, 11, 27, 11, 45),
  subject="ICPC booking - Mon 7 December - CLEGG",
  body="Morning,\n\nBooking form attached for the Clegg ICPC.\n\nNatalie\nSRU, Wakefield Council\n",
  fname="CLEGG ICPC booking form.pdf", marking="OFFICIAL-SENSITIVE",
  title="CHILD PROTECTION CONFERENCE BOOKING FORM", council="Wakefield Council - Safeguarding and Review Unit",
  fields=[("Conference type", "Initial"), ("Date", "Monday 7th December 2026"), ("Time", "1.00pm"),
          ("Venue", "Microsoft Teams"), ("Chair", "Simone Kaye"), ("Social worker", "Martin Dews"),
          ("Category", "Sexual abuse"), ("Strategy discussion", "20/11/2026")],
  household=[("CLEGG", "Ruby-Mae", "05/05/2012", "Subject child"), ("CLEGG", "Joanne", "17/01/1984", "Mother"),
             ("CLEGG", "Steven", "03/03/1979", "Maternal uncle - moved into the home 02/11/2026")],
  sections=[("Reason for conference",
             ["In 2023 West Yorkshire Police investigated Ruby-Mae's disclosure that her uncle Steven Clegg had sexually "
              "touched her; the case was closed with no further action. Mr Clegg moved back into the family home on "
              "02/11/2026 in breach of the safety plan agreed in 2023, Ruby-Mae has started self-harming and she has "
              "told her school counsellor that 'it's happening again'. The risk is escalating."])],
  police_q=Q1, police_a="NO", footer=["Completed by M. Dews, 26/11/2026"],
  kind="initial", pre_birth=False, date="2026-12-07", time="13:00", tick=False, harm=["sexual"],
  children=[("Ruby-Mae Clegg", "2012-05-05")], adults=["Joanne Clegg", "Steven Clegg"],
  criteria=["previous_investigation_escalation", "prior_unit_involvement"], expect="attend",
  tags=["layout-18", "pdf-grid-form", "household-table", "yes-no-box", "previous-investigation-escalation",
        "tickbox-conflict", "nfa"],
  notes="past police investigation of sexual abuse (NFA) plus clear escalation (alleged abuser back in the home, new disclosure): item 2 -> attend; box NO gives tickbox_conflict"),
 dict(
  name="d-18-kirklees-icpc-grid-unticked-checklist-blank-box",
  district="kirklees", sender=("Conference and Review Service", "cp.conferences"), recv=dt.datetime(2026, 11, 30, 14, 0),
  subject="Booking form: initial CP conference 09/12/2026 - WOOD",
  body="Hello, booking form attached for the above. Kind regards, Conference and Review Service, Kirklees Council\n",
  fname="WOOD booking form.pdf", marking="OFFICIAL-SENSITIVE",
  title="Child Protection Conference - Booking Form", council="Kirklees Council - Children's Services",
  fields=[("Conference type", "Initial"), ("Date", "09.12.2026"), ("Time", "1pm"), ("Venue", "Batley Town Hall"),
          ("Chair", "Christine Mellor"), ("Social worker", "Owen Hepworth"), ("Category", "Neglect"),
          ("Date completed", "27/11/2026")],
  household=[("WOOD", "Archie", "18/09/2018", "Subject child"), ("WOOD", "Tilly", "02/05/2022", "Subject child"),
             ("WOOD", "Kirsty", "25/12/1995", "Mother"), ("HELLEWELL", "Aaron", "07/07/1994", "Father")],
  sections=[("Concerns identified (tick all that apply)",
             ["[ ] Child sexual exploitation   [ ] Domestic abuse   [ ] Registered sex offender in household   "
              "[ ] Police protection   [X] Parental substance misuse   [X] Neglect"]),
            ("Reason for conference",
             ["Both parents use heroin; the home has no working heating and the children have head lice and untreated "
              "tooth decay. Archie's school attendance is 61%."])],
  police_q=Q1, police_a="", footer=["Form completed by O. Hepworth"],
  kind="initial", pre_birth=False, date="2026-12-09", time="13:00", tick=None, harm=["neglect"],
  children=[("Archie Wood", "2018-09-18"), ("Tilly Wood", "2022-05-02")], adults=["Kirsty Wood", "Aaron Hellewell"],
  criteria=[], expect="report_only", flags_req=["tickbox_ambiguous"],
  tags=["layout-18", "pdf-grid-form", "household-table", "yes-no-box-blank", "trap-unticked-checklist",
        "kirklees-wakefield-rules"],
  notes="CSE/DA/RSO/PP appear only as unticked checklist labels; YES/NO box left blank (ambiguous); neglect only -> report_only"),
 dict(
  name="d-18-leeds-review-grid-box-yes-late-notice",
  district="leeds", sender=("ISU Bookings", "isu.bookings"), recv=dt.datetime(2026, 12, 3, 9, 40),
  subject="RCPC booking form - GILL - 16/12/2026",
  body="Dear all, please find the booking form for the review conference attached. ISU, Leeds City Council\n",
  fname="GILL RCPC booking.pdf", marking="OFFICIAL-SENSITIVE",
  title="Review Child Protection Conference - Booking Form", council="Leeds Children and Families - Integrated Safeguarding Unit",
  fields=[("Type", "Review (first)"), ("Date", "16/12/2026"), ("Time", "11:15"), ("Venue", "Technorth, Harrogate Road, Leeds LS7 3NB"),
          ("Chair", "Rosalind Petty"), ("Social worker", "Priya Sandhu"), ("Plan category", "Emotional abuse"),
          ("Initial conference", "16/09/2026")],
  household=[("GILL", "Harjot", "08/08/2014", "Subject child"), ("GILL", "Manpreet", "14/02/1985", "Mother"),
             ("GILL", "Sukhdev", "21/06/1983", "Father")],
  sections=[("Purpose of the review",
             ["Review of the child protection plan made on 16/09/2026 for emotional abuse arising from parental conflict. "
              "Police are not part of the core group. Parents have attended a parenting-after-separation course and "
              "the school reports that Harjot is more settled."])],
  police_q=Q1, police_a="YES", footer=["Completed 02/12/2026"],
  kind="review", pre_birth=False, date="2026-12-16", time="11:15", tick=True, harm=["emotional"],
  children=[("Harjot Gill", "2014-08-08")], adults=["Manpreet Gill", "Sukhdev Gill"],
  criteria=[], expect="discuss",
  tags=["layout-18", "pdf-grid-form", "household-table", "yes-no-box", "review", "police-not-core-group", "late-notice-leeds-review"],
  notes="review, police not in core group and no criterion, but the box asks for police -> discuss; Leeds review needs 10 WD notice, only 9"),
 dict(
  name="d-18-bradford-icpc-grid-ppo-offender-epo",
  district="bradford", sender=("Children's Social Care Conference Team", "cp.conferences"), recv=dt.datetime(2026, 11, 25, 10, 0),
  subject="ICPC Booking Form - PRIESTLEY - 04/12/2026",
  body="Please see attached.\n\nConference Team\nBradford Children's Social Care\n",
  fname="PRIESTLEY_booking.pdf", marking="OFFICIAL-SENSITIVE",
  title="CHILD PROTECTION CONFERENCE BOOKING FORM", council="Bradford Children's Social Care",
  fields=[("Conference type", "ICPC"), ("Date", "Friday 4 December 2026"), ("Time", "09:00"),
          ("Venue", "Keighley Town Hall"), ("Chair", "Yasmin Akhtar"), ("Social worker", "Ben Illingworth"),
          ("Category", "Neglect"), ("Date of EPO", "24/11/2026")],
  household=[("PRIESTLEY", "Harvey and Harriet (twins)", "14/08/2019", "Subject children"),
             ("PRIESTLEY", "Leanne", "20/03/1997", "Mother"),
             ("KERSHAW", "Tyrone", "11/11/1994", "Mother's partner")],
  sections=[("Reason for conference",
             ["The local authority obtained an Emergency Protection Order on 24/11/2026 after the twins were found in a "
              "flat with exposed wiring and drug paraphernalia; they are placed with their maternal aunt. Mr Kershaw is a "
              "PPO (Prolific and Priority Offender) managed by the IOM team for burglary and vehicle crime; none of his "
              "offences involve children. There is no police investigation in relation to the twins."])],
  police_q=Q1, police_a="NO", footer=["Completed by B. Illingworth 24/11/2026"],
  kind="initial", pre_birth=False, date="2026-12-04", time="09:00", tick=False, harm=["neglect"],
  children=[("Harvey Priestley", "2019-08-14"), ("Harriet Priestley", "2019-08-14")],
  adults=["Leanne Priestley", "Tyrone Kershaw"], criteria=[], expect="report_only",
  tags=["layout-18", "pdf-grid-form", "household-table", "yes-no-box", "trap-ppo-offender", "trap-epo",
        "several-people-one-cell", "bradford-wakefield-rules"],
  notes="EPO is a court order and 'PPO' here is a prolific offender, not police protection; no criterion, box NO -> report_only"),
]


def run():
    for c in CASES:
        tx = Texts()
        tx.add(c["subject"], c["body"], c["fname"])
        pdf = make_pdf(tx, c)
        msg = build_message(c["name"], c["district"], c["sender"][0], c["sender"][1], c["subject"], c["recv"],
                            body_text=c["body"], attachments=[(c["fname"], pdf, "application/pdf")])
        write_eml(c["name"], msg)
        label(c["name"], district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"],
              time=c["time"], tick=c["tick"], harm=c["harm"], children=c["children"], adults=c["adults"],
              criteria=c["criteria"], recv=c["recv"], texts=tx, tags=c["tags"], notes=c["notes"],
              expect=c["expect"], flags_req=c.get("flags_req", ()), not_forbid=c.get("not_forbid", ()))


if __name__ == "__main__":
    run()
