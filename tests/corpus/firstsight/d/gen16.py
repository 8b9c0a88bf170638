"""Layout 16: multi-agency 'Request for Information / Agency Report' PDF sent to police.
Conference particulars in a box at the top, family as a numbered list, police question as a row
of a 'What we need from you' table."""
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
P = ParagraphStyle("p", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12)
B = ParagraphStyle("b", parent=P, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, spaceBefore=8)
T = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=14)


def para(tx, s, style=P):
    tx.add(s)
    return Paragraph(escape(s), style)


def make_pdf(tx, c):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=c["title"], author=c["council"])
    fl = [para(tx, "OFFICIAL-SENSITIVE", B), para(tx, c["council"], B),
          para(tx, c["title"], T)]
    box = [[para(tx, k, B), para(tx, v)] for k, v in c["box"]]
    t = Table(box, colWidths=[55 * mm, 115 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef5")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fl += [t, Spacer(1, 6)]
    if c.get("intro"):
        fl.append(para(tx, c["intro"]))
    fl.append(para(tx, c["family_heading"], H))
    for i, line in enumerate(c["family"], 1):
        fl.append(para(tx, f"{i}) {line}"))
    for head, paras in c["sections"]:
        fl.append(para(tx, head, H))
        for s in paras:
            fl.append(para(tx, s))
    fl.append(para(tx, "What we need from you", H))
    rows = [[para(tx, h, B) for h in ("Agency", "What we are asking for", "Attendance at conference")]]
    for r in c["needs"]:
        rows.append([para(tx, x) for x in r])
    t2 = Table(rows, colWidths=[42 * mm, 80 * mm, 48 * mm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fl += [t2, Spacer(1, 6)]
    for s in c.get("footer", []):
        fl.append(para(tx, s))
    doc.build(fl)
    return buf.getvalue()


NEEDS_STD = [
    ["Health Visiting / School Nursing", "Health chronology and report using the conference template", "Requested"],
    ["School / Early Years setting", "Attendance, presentation and any disclosures", "Requested"],
]

CASES = [
 dict(
  name="d-16-wakefield-icpc-request-info-current-investigation",
  district="wakefield", sender=("Lorraine Haigh", "lorraine.haigh"),
  recv=dt.datetime(2026, 11, 30, 10, 12),
  subject="OFFICIAL-SENSITIVE: ICPC 10/12/2026 - request for police information - BRIGGS/ATHERTON",
  body=("Dear colleague,\n\nYou are invited to an Initial Child Protection Conference for the children listed on "
        "the attached request. The attached form sets out the conference details and what we need from "
        "West Yorkshire Police.\n\nMany thanks\n\nLorraine Haigh\nBusiness Support Officer\nSafeguarding and Review Unit\n"
        "Wakefield Council\n"),
  fname="RFI_ICPC_BRIGGS_10-12-2026.pdf",
  council="Wakefield Council - Children and Young People's Service",
  title="Child Protection Conference - Request for Information / Agency Report",
  box=[("Conference", "Initial Child Protection Conference"),
       ("Date and time", "Thursday 10 December 2026, 10.00 am - 12.00 noon"),
       ("Where", "County Hall, Bond Street, Wakefield WF1 2QW, Committee Room 2 (Teams available)"),
       ("Chair", "Denise Wrigglesworth, Child Protection Chair"),
       ("Social worker", "Kamran Iqbal (Assessment Team 3)"),
       ("CareDirector reference", "CD-4471902")],
  family_heading="The family",
  family=["Tyler BRIGGS, born 14/06/2015, lives with mother and her partner at 22 Cawthorne Close, Ossett",
          "Poppy BRIGGS, born 02/02/2019, lives with mother and her partner at the same address",
          "Kerry BRIGGS, mother, born 19/09/1990",
          "Dean ATHERTON, mother's partner, born 07/05/1987, currently living with his mother in Horbury (see below)"],
  sections=[("Why is this conference being held?",
             ["Category requested: sexual abuse.",
              "On 19/11/2026 Tyler told his teacher that Mr Atherton had come into his bedroom at night and touched him. "
              "A joint section 47 enquiry with West Yorkshire Police began the same day. Tyler gave an ABE interview on "
              "23/11/2026 and Mr Atherton was arrested on 24/11/2026. He has been released on police bail with conditions "
              "not to contact either child or attend the family home while the investigation continues.",
              "Ms Briggs says she believes Tyler and has agreed to a written safety plan."])],
  needs=NEEDS_STD + [["West Yorkshire Police (CPPU)", "Written report including the current investigation, bail conditions and any previous incidents at the address",
                      "Police attendance requested"]],
  footer=["Please send reports to the Conference Chair via the Safeguarding and Review Unit secure mailbox.",
          "Form completed by: Kamran Iqbal, 25/11/2026"],
  kind="initial", pre_birth=False, date="2026-12-10", time="10:00", tick=True, harm=["sexual"],
  children=[("Tyler Briggs", "2015-06-14"), ("Poppy Briggs", "2019-02-02")], adults=["Kerry Briggs", "Dean Atherton"],
  criteria=["current_investigation"], expect="attend",
  tags=["layout-16", "pdf-request-for-information", "numbered-family-list", "agency-grid-row", "bail", "abe"],
  notes="current police investigation (arrest, bail, ABE) of sexual abuse by mother's partner: Wakefield item 1 -> attend"),
 dict(
  name="d-16-leeds-icpc-request-info-neglect-threshold-not-met",
  district="leeds", sender=("ISU Conference Admin", "isu.conferences"),
  recv=dt.datetime(2026, 12, 1, 14, 40),
  subject="Invitation to ICPC and request for agency report - Tuesday 8th December - OKONJO",
  body=("Good afternoon,\n\nYou are invited to attend an initial child protection conference. Please see the attached "
        "Request for Information, which shows the level of involvement we need from your agency.\n\n"
        "Integrated Safeguarding Unit\nChildren and Families, Leeds City Council\n"),
  fname="Okonjo ICPC request for information.pdf",
  council="Leeds City Council - Integrated Safeguarding Unit",
  title="Child Protection Conference: Request for Information and Agency Report",
  box=[("Type", "Initial Child Protection Conference (ICPC)"),
       ("Date", "08/12/2026"), ("Time", "13:30"),
       ("Venue", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB - Room 4.12"),
       ("Independent Chair", "Rosalind Petty"),
       ("Mosaic ID", "M7720193")],
  family_heading="Children and adults considered at conference",
  family=["Chidi OKONJO, born 11/03/2018 - subject child, lives with mother",
          "Amara OKONJO, born 30/10/2020 - subject child, lives with mother",
          "Grace OKONJO (mother), born 05/01/1994",
          "Emeka OKONJO (father), born 22/08/1989 - lives separately in Bradford, has contact on Saturdays"],
  sections=[("Concerns leading to this conference",
             ["Category: Neglect.",
              "Repeated concerns from school about the children arriving hungry and unkempt, missed dental and "
              "paediatric appointments, and poor home conditions found on unannounced visits in November.",
              "A strategy discussion was held with police and health on 24/11/2026 and a single-agency section 47 "
              "enquiry was completed by Children's Social Work Service. Police advised that the criminal threshold "
              "for wilful neglect is not met and there is no police investigation."])],
  needs=NEEDS_STD + [["West Yorkshire Police", "Police checks on both parents and the address; written report to the ISU",
                      "Not required - written report only"]],
  footer=["Social worker: Beth Wainwright, Leeds West Social Work Team", "Date of request: 01/12/2026"],
  kind="initial", pre_birth=False, date="2026-12-08", time="13:30", tick=False, harm=["neglect"],
  children=[("Chidi Okonjo", "2018-03-11"), ("Amara Okonjo", "2020-10-30")], adults=["Grace Okonjo", "Emeka Okonjo"],
  criteria=[], expect="report_only",
  tags=["layout-16", "pdf-request-for-information", "trap-category-neglect", "trap-strategy-discussion",
        "trap-threshold-not-met", "report-only"],
  notes="neglect category and a strategy discussion with police, but police say no investigation: no criterion, report sufficient -> report_only"),
 dict(
  name="d-16-calderdale-icpc-request-info-prior-involvement",
  district="calderdale", sender=("Maxine Sutcliffe", "cp.admin"),
  recv=dt.datetime(2026, 12, 2, 9, 5),
  subject="ICPC - HOLROYD - 14.12.2026 - invitation and information request",
  body=("Hello,\n\nPlease find attached an invitation and request for information for the initial child protection "
        "conference for the Holroyd children on 14 December. We would be grateful for a police report.\n\n"
        "Maxine Sutcliffe\nChild Protection Administration\nCalderdale Council\n"),
  fname="Holroyd_ICPC_agency_request.pdf",
  council="Calderdale Council - Children and Young People's Services",
  title="Initial Child Protection Conference - Invitation and Request for Agency Report",
  box=[("Conference date", "Monday 14th December 2026"), ("Start time", "9.30am"),
       ("Venue", "Virtual - Microsoft Teams (link to follow)"),
       ("Chair", "Hugh Armitage"), ("Social worker", "Sana Rafiq"), ("LCS reference", "LCS1184602")],
  family_heading="Family members",
  family=["Ellis HOLROYD, born 27/07/2021, lives with mother at 9 Rawson Street, Halifax",
          "Maisie-Rose HOLROYD, born 15/12/2024, lives with mother",
          "Jodie HOLROYD, mother, born 03/03/1997",
          "Craig NAYLOR, father of both children, born 18/10/1992, visits most days"],
  sections=[("Reason for conference",
             ["Emotional harm and neglect arising from parental cannabis and alcohol misuse and frequent arguments "
              "witnessed by the children. Mr Naylor's older son from a previous relationship was the subject of a West "
              "Yorkshire Police investigation in 2021 after he was found to have a fractured wrist; Mr Naylor was "
              "arrested at that time and the matter ended with no further action.",
              "There is no current police investigation."])],
  needs=NEEDS_STD + [["Police - Calderdale Safeguarding Unit", "Police checks on all adults; written report",
                      "At the discretion of the Safeguarding Unit"]],
  footer=["Completed by Sana Rafiq, 01/12/2026"],
  kind="initial", pre_birth=False, date="2026-12-14", time="09:30", tick=None, harm=["emotional", "neglect"],
  children=[("Ellis Holroyd", "2021-07-27"), ("Maisie-Rose Holroyd", "2024-12-15")], adults=["Jodie Holroyd", "Craig Naylor"],
  criteria=["prior_unit_involvement"], expect="attend",
  tags=["layout-16", "pdf-request-for-information", "calderdale-prior-involvement", "nfa-historical", "tick-absent"],
  notes="father was arrested in 2021 (NFA) over injury to another of his children: Calderdale previous significant involvement -> attend"),
 dict(
  name="d-16-kirklees-icpc-request-info-schedule1-not-rso",
  district="kirklees", sender=("Paula Dransfield", "cp.conferences"),
  recv=dt.datetime(2026, 12, 3, 11, 30),
  subject="Initial child protection conference 11/12/2026 - request for information (HAIGH-MORTON)",
  body=("Dear Police colleagues,\n\nYou are invited to contribute to the initial child protection conference below. "
        "The request for information is attached. Kirklees uses the Strengthening Families model; please "
        "structure your report accordingly.\n\nRegards,\nPaula Dransfield\nConference and Review Service\nKirklees Council\n"),
  fname="KC_RFI_Haigh-Morton_ICPC.pdf",
  council="Kirklees Council - Conference and Review Service",
  title="Child Protection Conference - Request for Information / Agency Report",
  box=[("Conference type", "Initial"), ("Date", "Fri 11 Dec 2026"), ("Time", "2pm"),
       ("Venue", "Civic Centre 1, High Street, Huddersfield HD1 2NF"),
       ("Chair", "Ian Whitwam"), ("Social worker", "Rebecca Loftus")],
  family_heading="Household",
  family=["Lacey HAIGH-MORTON, born 09/01/2017, lives with mother and mother's partner",
          "Nicola HAIGH-MORTON, mother, born 24/04/1989",
          "Gary FEARNLEY, mother's partner since summer 2026, born 30/11/1975"],
  sections=[("Reason for conference (Strengthening Families: Danger)",
             ["Mr Fearnley is a Schedule 1 offender (PPRC) because of a 2004 conviction for cruelty to a child in "
              "a previous relationship. He is not a registered sex offender and has no current police or probation "
              "involvement. Ms Haigh-Morton did not tell children's services that he had moved in.",
              "Lacey has told school she is frightened when Mr Fearnley shouts; there are no reports of physical harm."])],
  needs=NEEDS_STD + [["West Yorkshire Police", "Written report; PNC and local intelligence on Mr Fearnley",
                      "Not required (written report)"]],
  footer=["Date of request: 02/12/2026"],
  kind="initial", pre_birth=False, date="2026-12-11", time="14:00", tick=False, harm=None,
  children=[("Lacey Haigh-Morton", "2017-01-09")], adults=["Nicola Haigh-Morton", "Gary Fearnley"],
  criteria=["prior_unit_involvement"], expect="report_only",
  tags=["layout-16", "pdf-request-for-information", "trap-schedule-1", "negated-rso", "kirklees-wakefield-rules"],
  notes="Schedule 1 / PPRC is not an RSO (negated); old conviction is prior involvement only, not a Wakefield item -> report_only under Wakefield rules for Kirklees"),
 dict(
  name="d-16-wakefield-prebirth-request-info-hypothetical-pp",
  district="wakefield", sender=("Safeguarding and Review Unit", "sru.bookings"),
  recv=dt.datetime(2026, 12, 4, 15, 2),
  subject="Pre-birth ICPC - Unborn of Shannon PEARSON - Tue 15/12/2026 11:00",
  body=("Please see the attached invitation and request for a written report for a pre-birth initial child "
        "protection conference.\n\nSafeguarding and Review Unit, Wakefield Council\n"),
  fname="PB-ICPC Pearson.pdf",
  council="Wakefield Council - Safeguarding and Review Unit",
  title="Pre-Birth Child Protection Conference - Request for Agency Report",
  box=[("Conference", "Pre-birth Initial Child Protection Conference"),
       ("Date / time", "15.12.2026 at 11:00"),
       ("Venue", "Castleford Family Hub, Welbeck Street, Castleford WF10 1DR"),
       ("Chair", "Marcus Oldroyd"), ("Social worker", "Jade Fothergill"), ("EDD", "02/02/2027")],
  family_heading="People this conference is about",
  family=["Unborn baby PEARSON, expected 02/02/2027",
          "Shannon PEARSON, mother, born 12/12/2003, lives alone in supported accommodation",
          "Liam GREAVES, father of the baby, born 01/06/2001, no fixed abode"],
  sections=[("Reason for conference",
             ["Ms Pearson's first child was made subject of a care order in 2024 after proceedings about neglect. "
              "She continues to misuse alcohol and has not engaged with midwifery.",
              "Birth plan (draft): if the parents attempt to remove the baby from hospital before the plan is agreed, "
              "police protection may be used. There is no police involvement with either parent at present."])],
  needs=[["Midwifery", "Antenatal report", "Requested"],
         ["West Yorkshire Police", "Written report including checks on both parents", "Written report sufficient"]],
  footer=["Form completed by Jade Fothergill on 03/12/2026"],
  kind="initial", pre_birth=True, date="2026-12-15", time="11:00", tick=False, harm=None,
  children=[("Unborn baby Pearson", None)], adults=["Shannon Pearson", "Liam Greaves"],
  criteria=[], expect="report_only",
  tags=["layout-16", "pdf-request-for-information", "pre-birth", "trap-hypothetical-police-protection", "report-only"],
  notes="police protection only in a hypothetical birth plan, no police involvement; report sufficient -> report_only"),
 dict(
  name="d-16-bradford-icpc-request-info-cse",
  district="bradford", sender=("Bradford CP Conferences", "cp.conferences"),
  recv=dt.datetime(2026, 12, 7, 9, 48),
  subject="ICPC invitation & information request: KHAN, Zara - 16 December 2026",
  body=("Dear colleague,\n\nPlease find attached an invitation to an initial child protection conference and our "
        "request for information.\n\nBradford Children's Social Care - Conference Team\n"),
  fname="ICPC_request_KHAN.pdf",
  council="City of Bradford Metropolitan District Council - Children's Social Care",
  title="Child Protection Conference: Request for Information (Agency Report)",
  box=[("Conference", "ICPC"), ("When", "Wednesday 16/12/2026, 10:30"),
       ("Where", "Margaret McMillan Tower, Princes Way, Bradford BD1 1NN"),
       ("Chair", "Yasmin Akhtar"), ("Social worker", "Tom Ackroyd")],
  family_heading="Family composition",
  family=["Zara KHAN, born 08/05/2012, lives with father and paternal grandmother",
          "Imran KHAN, father, born 17/02/1980",
          "Nasreen BIBI, paternal grandmother and current carer, born 01/01/1955"],
  sections=[("Reason for the conference",
             ["Child sexual exploitation is a considered risk: Zara has had six missing episodes since October, has been "
              "seen getting into cars with men in their twenties and was found with alcohol and new phones she cannot explain. "
              "A CSE risk assessment on 27/11/2026 scored high and the police Child Exploitation Team are involved."])],
  needs=NEEDS_STD + [["West Yorkshire Police (Bradford CPPU / Child Exploitation Team)", "Report and attendance",
                      "Yes - attendance requested"]],
  footer=["Requested by Tom Ackroyd, 04/12/2026"],
  kind="initial", pre_birth=False, date="2026-12-16", time="10:30", tick=True, harm=None,
  children=[("Zara Khan", "2012-05-08")], adults=["Imran Khan", "Nasreen Bibi"],
  criteria=["child_sexual_exploitation"], expect="attend",
  tags=["layout-16", "pdf-request-for-information", "cse", "bradford-wakefield-rules"],
  notes="CSE is a current considered risk; Bradford uses Wakefield rules (item 5) -> attend"),
 dict(
  name="d-16-leeds-transfer-in-request-info-domestic-abuse-marac",
  district="leeds", sender=("Integrated Safeguarding Unit", "isu.transfers"),
  recv=dt.datetime(2026, 11, 30, 12, 20),
  subject="Transfer-in child protection conference - LOWTHER children - 11/12/2026",
  body=("Hello,\n\nThe Lowther children moved into Leeds from Sheffield on a child protection plan. A transfer-in "
        "conference has been booked; please see the attached invitation and request for information.\n\n"
        "Thanks,\nIntegrated Safeguarding Unit, Leeds City Council\n"),
  fname="TI-CPC Lowther RFI.pdf",
  council="Leeds City Council - Integrated Safeguarding Unit",
  title="Transfer-In Child Protection Conference - Request for Information",
  box=[("Conference type", "Transfer-in conference (child subject to a CP plan in Sheffield)"),
       ("Date", "Friday 11 December 2026"), ("Time", "10am"),
       ("Venue", "Kirkstall Community Hub, Abbey Road, Leeds LS5 3HS"),
       ("Chair", "Ahmed Qureshi"), ("Social worker", "Chloe Baxendale")],
  family_heading="Family",
  family=["Ruby LOWTHER, born 21/08/2016, lives with mother at a refuge address in Leeds (not to be shared)",
          "Alfie LOWTHER, born 04/04/2020, lives with mother",
          "Stacey LOWTHER, mother, born 13/02/1991",
          "Jordan CROWTHER, father, born 29/09/1988, address in Sheffield"],
  sections=[("Reason for the conference",
             ["The children were made subject of plans in Sheffield in August 2026 under the category of emotional "
              "abuse because of serious domestic abuse by Mr Crowther, including strangulation of Ms Lowther.",
              "Ms Lowther was heard at Leeds MARAC on 26/11/2026 as a high-risk victim. The Leeds DV co-ordinator and "
              "a police domestic abuse officer are currently working with her on safety planning because Mr Crowther "
              "has found out which area she is living in."])],
  needs=NEEDS_STD + [["West Yorkshire Police", "Written report, including MARAC actions", "Please advise"]],
  footer=["Request made 30/11/2026"],
  kind="transfer_in", pre_birth=False, date="2026-12-11", time="10:00", tick=None, harm=["emotional"],
  children=[("Ruby Lowther", "2016-08-21"), ("Alfie Lowther", "2020-04-04")], adults=["Stacey Lowther", "Jordan Crowther"],
  criteria=["domestic_abuse_current_involvement"], expect="attend",
  tags=["layout-16", "pdf-request-for-information", "transfer-in", "domestic-abuse", "marac", "dv-coordinator"],
  notes="serious DA with current MARAC, DV co-ordinator and police DA officer involvement: Leeds item 5 (transfer-in = initial) -> attend"),
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
              expect=c["expect"], not_forbid=c.get("not_forbid", ("no_booking_form",)))


if __name__ == "__main__":
    run()
