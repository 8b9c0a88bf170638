"""Layout 70: conference notification with an agency grid.

One table lists every invited agency (health visitor, school, GP, police, probation, housing, ...)
with columns Invited / Attendance required / Report requested and marks in the cells (ticks,
crosses, Y/N). The police answer is only the police row of the grid; other rows carry the same
marks. PDF (platypus table) for five cases, Word table for two. One PDF arrives corrupt.
"""
import io
from common import Texts, build_eml, write_case, d, DISCLAIMER
from docxkit import new_doc, para, table as dtable, save
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
import pdfkit  # registers fonts

LAYOUT = 70
TICK, CROSS = "\u2713", "\u2717"

ST = ParagraphStyle("b", fontName="DV", fontSize=9, leading=11.5)
STB = ParagraphStyle("h", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
STT = ParagraphStyle("t", fontName="DVB", fontSize=14, leading=17)


def grid_rows(c):
    head = ["Agency", "Named worker", "Invited", "Attendance required", "Report requested"]
    return [head] + c["grid"]


def build_pdf(c, texts):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                            title="Conference notification", author=c["council"], invariant=1)
    story = []

    def P(t, st=ST):
        texts.add(t)
        story.append(Paragraph(t.replace("&", "&amp;"), st))

    P("OFFICIAL-SENSITIVE", STB)
    P(c["council"], STT)
    P(c["doc_title"], STB)
    info = [[k, v] for k, v in c["conf"]]
    for k, v in info:
        texts.add(k, v, f"{k} {v}")
    t = Table(info, colWidths=[130, 385])
    t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "DVB", 9), ("FONT", (1, 0), (1, -1), "DV", 9),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE"))]))
    story += [t, Spacer(1, 6)]
    P("Family members", STB)
    fam = [["Name", "Date of birth", "Relationship / household"]] + c["family"]
    for r in fam:
        texts.add(*r, " ".join(r))
    t = Table(fam, colWidths=[170, 90, 255])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DVB", 9), ("FONT", (0, 1), (-1, -1), "DV", 9),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE7F0"))]))
    story += [t, Spacer(1, 4)]
    P("Reason for the conference", STB)
    for p in c["reason"]:
        P(p)
        story.append(Spacer(1, 3))
    P("Agencies invited and what is requested from each", STB)
    rows = grid_rows(c)
    for r in rows:
        texts.add(*[x for x in r if x], " ".join(x for x in r if x))
    widths = [172, 88, 48, 106, 101]
    from pdfkit import sw
    for i, r in enumerate(rows):
        for x, wd in zip(r, widths):
            assert sw(x, "DVB" if i == 0 else "DV", 8 if i == 0 else 8.5) < wd - 10, (x, wd)
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DVB", 8), ("FONT", (0, 1), (-1, -1), "DV", 8.5),
                           ("ALIGN", (2, 1), (-1, -1), "CENTER"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE7F0")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 6)]
    for p in c["footer"]:
        P(p)
    doc.build(story)
    return buf.getvalue()


def build_docx(c, texts):
    doc = new_doc(author=c["council"], title=c["doc_title"])
    para(doc, texts, "OFFICIAL-SENSITIVE", bold=True)
    para(doc, texts, c["council"], bold=True, size=14)
    para(doc, texts, c["doc_title"], bold=True, size=12)
    dtable(doc, texts, [[k, v] for k, v in c["conf"]], header=False, widths=[4.5, 13])
    para(doc, texts, "Family members", bold=True, size=11)
    dtable(doc, texts, [["Name", "Date of birth", "Relationship / household"]] + c["family"], widths=[5.5, 3, 9])
    para(doc, texts, "Reason for the conference", bold=True, size=11)
    for p in c["reason"]:
        para(doc, texts, p)
    para(doc, texts, "Agencies invited and what is requested from each", bold=True, size=11)
    dtable(doc, texts, grid_rows(c), widths=[5.5, 4.5, 2, 3, 3])
    for p in c["footer"]:
        para(doc, texts, p)
    return save(doc)


def G(police, others):
    """police: (invited, attend, report) marks; others: list of rows"""
    return others[:3] + [["West Yorkshire Police \u2013 CPPU", "Duty DS", *police]] + others[3:]


STD = lambda m: [["Health visiting / school nursing", "", m, "", m], ["GP", "", m, "", m], ["School / nursery (DSL)", "", m, m, m]]

CASES = [
    dict(slug="n-70-01-kirklees-icpc-agency-grid-pdf-father-bailed-abh", fmt="pdf", council="Kirklees Council \u2013 Children and Families",
         doc_title="Initial Child Protection Conference \u2013 Notification and Agency List",
         district="kirklees", kind="initial", date="2027-01-15", time="10:00", received=d("2027-01-13 16:40"),
         sender=("Joanne Haigh", "joanne.haigh"),
         subject="ICPC notification - AL-KHATIB - 15/01/2027",
         body="Good morning\n\nPlease find attached the conference notification and agency list for the Al-Khatib children. What we are asking of each agency is shown in the grid.\n\nKind regards\nJoanne Haigh\nConference Co-ordinator\nKirklees Council",
         conf=[("Conference", "Initial Child Protection Conference"), ("Date and time", "Friday 15 January 2027, 10:00\u201312:00"),
               ("Venue", "Dewsbury Town Hall, Wakefield Old Road, Dewsbury \u2013 Rooms 1 and 2"), ("Chair", "Jasbir Sandhu"), ("Social worker", "Mariam Yousaf (Dewsbury Duty and Assessment)")],
         family=[["Omar Al-Khatib", "20/05/2015", "Subject child \u2013 lives with mother"], ["Lina Al-Khatib", "09/11/2019", "Subject child \u2013 lives with mother"],
                 ["Rania Al-Khatib", "01/01/1988", "Mother \u2013 household"], ["Samir Al-Khatib", "15/07/1983", "Father \u2013 currently at bail address in Batley"]],
         reason=["Omar (11) came to school on 4 January with a black eye and marks across his back. He told the school nurse his dad hit him with a belt for breaking his tablet.", "Police investigated a similar belt injury to Omar in 2023 and took no further action; this time the injuries are worse and Lina has said dad hits her too.",
                 "A joint section 47 enquiry with the police is in progress. Mr Al-Khatib was arrested on 5 January on suspicion of assault occasioning actual bodily harm and released on bail with conditions not to return to the family home or contact the children."],
         grid=G([TICK, TICK, TICK], STD(TICK) + [["Probation Service", "", CROSS, "", ""], ["Kirklees Homes and Neighbourhoods", "", TICK, "", TICK], ["Arabic interpreter (mother)", "", TICK, TICK, ""]]),
         footer=["Reports are due with the Conference Team three working days before the conference.", "Notification prepared by the Conference Team, 13/01/2027 (delayed: chair availability)."],
         tick=True, children=[("Omar Al-Khatib", "2015-05-20"), ("Lina Al-Khatib", "2019-11-09")], adults=["Rania Al-Khatib", "Samir Al-Khatib"],
         harm=["physical"], criteria=["current_investigation", "previous_investigation_escalation", "prior_unit_involvement"], expect="attend",
         tags=["agency-grid-pdf", "district-kirklees", "initial", "tick-attend", "bail", "deadline-passed"],
         notes="police row: invited, attendance required, report; father bailed for assault on the child, earlier NFA investigation and worse injuries now -> attend (Wakefield rules); sent after the report deadline"),
    dict(slug="n-70-02-leeds-icpc-agency-grid-pdf-repeat-marac-dv-coordinator", fmt="pdf", council="Leeds City Council \u2013 Integrated Safeguarding Unit",
         doc_title="Conference Invitation \u2013 Agency Grid",
         district="leeds", kind="initial", date="2027-01-21", time="10:30", received=d("2027-01-12 14:20"),
         sender=("Kerry-Ann Whyte", "kerry-ann.whyte"),
         subject="[SECURE] ICPC - DAWSON - 21.01.27 10.30am",
         body="Hi all\n\nConference invitation with the agency grid attached (Dawson children). Please check your row.\n\nKerry-Ann Whyte\nIntegrated Safeguarding Unit | Leeds City Council",
         sender_domain="leeds.gov.uk.cjsm.net",
         conf=[("Conference", "ICPC"), ("Date and time", "21/01/2027 at 10.30am"), ("Venue", "Microsoft Teams (link to follow)"),
               ("Chair", "Thandiwe Moyo"), ("Social worker", "Connor Whiteley (Middleton & Belle Isle)")],
         family=[["Keeley Dawson", "02/02/2018", "Child"], ["Lacey Dawson", "14/09/2020", "Child"], ["Ronnie Dawson", "01/12/2024", "Child"],
                 ["Gemma Dawson", "29/04/1994", "Mother"], ["Jamie Shaw", "10/10/1991", "Father, not in household"]],
         reason=["Mr Shaw was investigated in 2024 for grabbing Keeley by the throat and the case was closed with no further action. Since then his violence has got worse: he has repeatedly assaulted Ms Dawson, and on 2 January he forced his way into the house in breach of a non-molestation order and assaulted her while the children were upstairs; police are investigating the breach and the assault.", "Ms Dawson was taken to hospital and officers took the three children into police protection until their maternal grandmother could collect them.",
                 "The case was heard at a repeat MARAC on 07/01/2027 and a worker from the Leeds Domestic Violence Team (DV co-ordinator) has been allocated to Ms Dawson."],
         grid=G([TICK, TICK, TICK], STD(TICK) + [["Leeds Domestic Violence Team", "DV co-ordinator", TICK, TICK, TICK], ["Housing Leeds", "", TICK, "", TICK]]),
         footer=["Reports to the ISU no later than 24 hours before the conference."],
         tick=True, children=[("Keeley Dawson", "2018-02-02"), ("Lacey Dawson", "2020-09-14"), ("Ronnie Dawson", "2024-12-01")], adults=["Gemma Dawson", "Jamie Shaw"],
         harm=["emotional", "physical"], criteria=["domestic_abuse_current_involvement", "previous_investigation_escalation", "prior_unit_involvement", "police_protection"], expect="attend",
         tags=["agency-grid-pdf", "district-leeds", "initial", "tick-attend", "domestic-abuse", "marac", "cjsm"],
         notes="serious DA, repeat MARAC, DV co-ordinator allocated and a current police investigation of the assault -> Leeds attend"),
    dict(slug="n-70-03-wakefield-rcpc-agency-grid-pdf-encompass-standard-risk-attend-ticked", fmt="pdf", council="Wakefield Council \u2013 Safeguarding and Review Unit",
         doc_title="Review Child Protection Conference \u2013 Invitation List",
         district="wakefield", kind="review", date="2027-02-03", time="13:30", received=d("2027-01-18 11:15"),
         sender=("Sadia Hussain", "sadia.hussain"),
         subject="OFFICIAL-SENSITIVE RCPC HARTLEY 03/02/2027",
         body="Afternoon\n\nPlease find attached the invitation list for the Hartley review conference.\n\nSadia Hussain\nSafeguarding and Review Unit\nWakefield Council",
         conf=[("Conference", "Review Child Protection Conference (first review)"), ("Date and time", "Wednesday 3rd February 2027, 1.30pm"),
               ("Venue", "Ossett Town Hall, Market Place, Ossett"), ("Chair", "Alison Pratt"), ("Social worker", "Daniel Barker")],
         family=[["Isla Hartley", "03/06/2016", "Child"], ["Finley Hartley", "27/10/2019", "Child"], ["Sophie Hartley", "12/12/1990", "Mother"], ["Ryan Hartley", "06/08/1989", "Father"]],
         reason=["The children have been on plans (emotional abuse) since October because of the parents' constant arguing and Mr Hartley's gambling debts, with bailiffs calling at the house.",
                 "Since the ICPC the school received one Operation Encompass notification in November after a verbal argument; it was assessed as standard risk and the police took no further action. The parents are attending couples work."],
         grid=G([TICK, TICK, TICK], STD(TICK) + [["StepChange / debt advice", "", TICK, "", ""], ["Adult mental health (father)", "", TICK, "", TICK]]),
         footer=["Written reports to the chair three working days before the conference, please."],
         tick=True, children=[("Isla Hartley", "2016-06-03"), ("Finley Hartley", "2019-10-27")], adults=["Sophie Hartley", "Ryan Hartley"],
         harm=["emotional"], criteria=[], expect="discuss",
         tags=["agency-grid-pdf", "district-wakefield", "review", "tick-attend", "hard-negative-da", "operation-encompass"],
         notes="no criterion (Encompass notification, standard risk, NFA) but the police row asks for attendance on a review -> discuss"),
    dict(slug="n-70-04-bradford-icpc-agency-grid-pdf-corrupt-attachment", fmt="pdf-corrupt", council="City of Bradford MDC \u2013 Children's Services",
         doc_title="Initial Child Protection Conference \u2013 Agency Invitation Grid",
         district="bradford", kind="initial", date="2027-01-20", time="10:00", received=d("2027-01-11 16:30"),
         sender=("Harriet Nowell", "harriet.nowell"),
         subject="ICPC - NOWAK family - Wednesday 20th January 2027 10am",
         body="Good afternoon,\n\nPlease find attached the invitation and agency grid for the Initial Child Protection Conference for the Nowak children on Wednesday 20th January 2027 at 10am at Britannia House. The grid shows what is needed from each agency.\n\nMany thanks\nHarriet Nowell\nSafeguarding and Reviewing Unit\nBradford Children and Families Trust",
         conf=[("Conference", "Initial Child Protection Conference"), ("Date and time", "20/01/2027 10:00"), ("Venue", "Britannia House, Bradford"), ("Chair", "Ewa Sadowska"), ("Social worker", "Karolina Zielinska")],
         family=[["Maja Nowak", "07/07/2017", "Child"], ["Filip Nowak", "18/02/2020", "Child"], ["Katarzyna Nowak", "11/11/1992", "Mother"]],
         reason=["Neglect of the children's basic care and supervision."],
         grid=G([TICK, TICK, TICK], STD(TICK)),
         footer=["Reports due three working days before."],
         tick=None, children=[], adults=[], harm=[], criteria=[], manual="unreadable_attachment", expect="manual_review",
         flags=["no_booking_form"], unscored=["missing_family_details", "missing_reason"],
         tags=["agency-grid-pdf", "district-bradford", "initial", "corrupt-attachment", "tick-unreadable"],
         notes="the only attachment is a truncated PDF that cannot be opened; the covering note gives date and kind only -> manual review"),
    dict(slug="n-70-05-calderdale-transfer-in-agency-grid-pdf-cse-oldham", fmt="pdf", council="Calderdale Council \u2013 Child Protection Administration",
         doc_title="Transfer In Child Protection Conference \u2013 Invitation and Requests",
         district="calderdale", kind="transfer_in", date="2027-02-01", time="10:00", received=d("2027-01-20 09:50"),
         sender=("Lindsey Crabtree", "lindsey.crabtree"),
         subject="Transfer in CPC - CAMPBELL - 01/02/2027 10am",
         body="Dear colleagues\n\nThe Campbell family have moved to Halifax from Oldham. Attached is the invitation and the agency grid for the transfer in conference on Monday 1st February 2027 at 10am.\n\nKind regards\nLindsey Crabtree\nCP Administration, Calderdale Council",
         conf=[("Conference", "Transfer In Child Protection Conference"), ("Date and time", "Monday 01/02/2027 10.00am"), ("Venue", "Northgate House, Halifax \u2013 Conference Room 2"),
               ("Chair", "Sharon Ellwood"), ("Social worker", "Tamsin Oduya (Assessment Team South)"), ("Originating authority", "Oldham Council")],
         family=[["Tiana Campbell", "30/04/2011", "Subject child"], ["Deshawn Campbell", "15/08/2014", "Subject child"], ["Marcia Campbell", "21/03/1984", "Mother"], ["Leon Campbell", "09/09/1982", "Father, lives in Manchester"]],
         reason=["Tiana has been on a plan in Oldham since August 2026 (sexual abuse category) because adult men groomed her online and met her in parks and cars. Oldham's exploitation panel assessed her as at high risk of child sexual exploitation in December and the family moved to Halifax partly to get her away from the men.",
                 "Deshawn is on a plan for emotional abuse because of the chaos at home."],
         grid=G([TICK, TICK, TICK], STD(TICK) + [["Exploitation team (Calderdale)", "", TICK, TICK, TICK], ["Oldham Children's Social Care", "Outgoing SW", TICK, TICK, TICK]]),
         footer=["Reports to Calderdale CP Administration by secure email three working days before conference."],
         tick=True, children=[("Tiana Campbell", "2011-04-30"), ("Deshawn Campbell", "2014-08-15")], adults=["Marcia Campbell", "Leon Campbell"],
         harm=["sexual", "emotional"], criteria=["child_sexual_exploitation"], expect="discuss",
         tags=["agency-grid-pdf", "district-calderdale", "transfer-in", "tick-attend", "cse"],
         notes="CSE a considered risk on a transfer in (initial): Calderdale considerations do not list CSE -> discuss"),
    dict(slug="n-70-06-wakefield-prebirth-agency-grid-docx-yn-previous-investigation-escalation", fmt="docx", council="Wakefield Council \u2013 Safeguarding and Review Unit",
         doc_title="Pre-birth Initial Child Protection Conference \u2013 Agency Grid",
         district="wakefield", kind="initial", pre_birth=True, date="2027-02-02", time="10:00", received=d("2027-01-21 13:40"),
         sender=("Anita Dobrowolski", "anita.dobrowolski"),
         subject="Pre-birth ICPC - Unborn WHITAKER - 02/02/2027 10:00",
         body="Good afternoon\n\nInvitation and agency grid attached for the pre-birth conference (unborn baby of Kayleigh Whitaker), Tuesday 2nd February 2027 at 10am.\n\nAnita Dobrowolski\nSafeguarding and Review Unit\nWakefield Council",
         conf=[("Conference", "Pre-birth Initial Child Protection Conference"), ("Date and time", "Tuesday 02/02/2027 at 10:00"), ("Venue", "Wakefield One, Burton Street \u2013 Room G.14"),
               ("Chair", "Helen Ogunbiyi"), ("Social worker", "Ruth Armitage"), ("EDD", "10/04/2027")],
         family=[["Unborn Whitaker", "EDD 10/04/2027", "Unborn baby"], ["Kayleigh Whitaker", "16/01/2002", "Mother"], ["Dean Fenton", "23/06/1990", "Mother's partner, father of the baby, lives with Kayleigh"]],
         reason=["In 2023 Mr Fenton was investigated by the Wakefield safeguarding unit for sexually assaulting his former partner's 12-year-old daughter. The case was closed with no further action because of insufficient evidence.",
                 "Since he moved in with Kayleigh in November, the school of a 13-year-old girl on the estate has reported that he has been messaging her on Snapchat and asking for photos, and he has been seen waiting outside the school. The risk he poses is clearly increasing and Kayleigh does not accept there is any concern."],
         grid=G(["Y", "N", "Y"], [["Midwifery (Pinderfields)", "", "Y", "Y", "Y"], ["GP", "", "Y", "N", "Y"], ["Health visitor", "", "Y", "Y", "Y"],
                                   ["National Probation Service", "", "Y", "N", "N"], ["Perinatal mental health", "", "Y", "N", "Y"]]),
         footer=["Key: Y = yes, N = no. Reports to the chair three working days before."],
         tick=False, children=[("Unborn Whitaker", None)], adults=["Kayleigh Whitaker", "Dean Fenton"],
         harm=["sexual"], criteria=["previous_investigation_escalation", "prior_unit_involvement"], expect="attend",
         tags=["agency-grid-docx", "district-wakefield", "pre-birth", "initial", "tick-report", "previous-investigation-escalation", "tickbox-conflict"],
         notes="past sexual-abuse investigation (NFA) plus clear escalation now: W2 -> attend although the police row says report only"),
    dict(slug="n-70-07-leeds-rcpc-agency-grid-docx-cse-screen-negative-nrm-county-lines", fmt="docx", council="Leeds City Council \u2013 Integrated Safeguarding Unit",
         doc_title="Review Conference \u2013 Invitations and Reports Requested",
         district="leeds", kind="review", date="2027-02-17", time="11:00", received=d("2027-01-27 10:05"),
         sender=("Bethany Okafor", "bethany.okafor"),
         subject="Review CPC - SHARMA - 17/02/2027 11am",
         body="Hello\n\nPlease see attached the invitation grid for the Sharma review conference on Wednesday 17th February 2027 at 11am.\n\nBethany Okafor\nIntegrated Safeguarding Unit | Leeds City Council",
         conf=[("Conference", "Review Child Protection Conference"), ("Date and time", "17/02/2027 11:00"), ("Venue", "Merrion House, Leeds \u2013 Room 4.12"),
               ("Chair", "Gareth Nwosu"), ("Social worker", "Zoe Hemingway")],
         family=[["Arjun Sharma", "29/09/2009", "Child (17)"], ["Priya Sharma", "11/04/2012", "Child"], ["Meena Sharma", "05/02/1980", "Mother"], ["Rajesh Sharma", "14/12/1977", "Father"]],
         reason=["Priya has an eating disorder that her parents have not accepted and there is constant conflict at home about food and about Arjun.",
                 "Arjun has been referred through the National Referral Mechanism because of his involvement in county lines drug supply. A CSE screening for Priya was completed in December and no concerns were identified."],
         grid=G(["Y", "N", "Y"], [["CAMHS eating disorder service", "", "Y", "Y", "Y"], ["GP", "", "Y", "N", "Y"], ["School (DSL)", "", "Y", "Y", "Y"],
                                   ["Youth Justice Service", "", "Y", "Y", "Y"], ["Leeds Safer Communities (exploitation)", "", "Y", "N", "Y"]]),
         footer=["Y = yes, N = no. Reports to the ISU 24 hours before conference."],
         tick=False, children=[("Arjun Sharma", "2009-09-29"), ("Priya Sharma", "2012-04-11")], adults=["Meena Sharma", "Rajesh Sharma"],
         harm=["emotional"], criteria=[], expect="report_only",
         tags=["agency-grid-docx", "district-leeds", "review", "tick-report", "hard-negative-cse", "county-lines"],
         notes="county lines / NRM is criminal exploitation and the CSE screen was negative: no criterion; police row says report only"),
]


def main():
    for c in CASES:
        texts = Texts()
        texts.add(c["subject"], c["body"])
        for ln in c["body"].split("\n\n"):
            texts.add(ln)
        surname = c["slug"].split("-")[0]
        if c["fmt"] == "docx":
            data = build_docx(c, texts)
            att = ("Conference invitation grid.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", data)
        else:
            scratch = Texts()
            data = build_pdf(c, scratch if c["fmt"] == "pdf-corrupt" else texts)
            if c["fmt"] == "pdf-corrupt":
                data = data[: int(len(data) * 0.18)]  # transfer cut short: unreadable
            att = ("Conference notification.pdf", "application", "pdf", data)
        texts.add(att[0])
        eml = build_eml(c, c["subject"], c["body"], attachments=[att])
        write_case(c, eml, texts)


if __name__ == "__main__":
    main()
