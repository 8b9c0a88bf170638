"""Layout 54: transfer-in conferences for families moving into West Yorkshire from Scotland or
Wales. The West Yorkshire council's covering e-mail gives the conference booking; the attached
PDF is the originating authority's transfer notification in Scottish/Welsh terms (Child
Protection Register, CPPM/ICPCC, Named Person, core group, SCIM/JII, SERAF, Procurator Fiscal)."""
import datetime as dt
import io
import random
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from common import attach, build, set_headers, trace, write_case
from l51 import HOSTS, TO

UTC = dt.timezone.utc
random.seed(54)
try:
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
except Exception:
    pass
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12.5)
B = ParagraphStyle("b", parent=N, fontName="DVB")
H = ParagraphStyle("h", parent=N, fontName="DVB", fontSize=13, leading=16)


def letter(authority, address, title, rows, paras):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                            title=title, author=authority)
    src = [authority, title]
    story = [Paragraph(authority, H), Paragraph(address, N), Spacer(1, 10), Paragraph(title, H), Spacer(1, 8)]
    src += [address]
    data = []
    for a, b in rows:
        data.append([Paragraph(a, B), Paragraph(b, N)])
        src += [a, b]
    t = Table(data, colWidths=[150, 345])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE"))]))
    story += [t, Spacer(1, 10)]
    for p in paras:
        if p.startswith("##"):
            story.append(Paragraph(p[2:].strip(), B))
            src.append(p[2:].strip())
        else:
            story.append(Paragraph(p, N))
            src.append(p)
        story.append(Spacer(1, 6))
    doc.build(story)
    return buf.getvalue(), src


def emit(name, district, sender, subject, body, recv, pdfname, pdf, psrc, label, host=None):
    h = host or HOSTS[district]
    sent = recv - dt.timedelta(minutes=random.randint(3, 50))
    msg = MIMEMultipart("mixed")
    to = TO[district] if district else TO["bradford"]
    set_headers(msg, sender, to, subject, sent, h[2], {"X-Mailer": "Microsoft Outlook 16.0"})
    msg.attach(MIMEText(body, "plain", "utf-8"))
    msg.attach(attach(pdf, "application", "pdf", pdfname))
    label = dict(label)
    label["source_texts"] = [subject, body, pdfname] + psrc
    write_case(name, build(msg, trace(h[0], h[1], recv, sent, h[2], cjsm=h[2].endswith(".cjsm.net"))), label, recv)


def c01():
    pdf, src = letter("Fife Council \u2013 Education and Children\u2019s Services",
                      "Rothesay House, Rothesay Place, Glenrothes KY7 5PQ",
                      "NOTIFICATION OF TRANSFER \u2013 CHILD ON THE CHILD PROTECTION REGISTER",
                      [("Child", "Brooke RENNIE, born 17/01/2016"), ("Sibling", "Cole RENNIE, born 05/05/2019 (not registered)"),
                       ("Mother", "Lindsay Rennie"), ("Father", "Scott Rennie"),
                       ("New address", "14 Dale Street, Ossett WF5 9HN (from 23/11/2026)"),
                       ("Date of registration", "02/09/2026 following an Initial Child Protection Planning Meeting (CPPM)"),
                       ("Area of concern", "Physical abuse"),
                       ("Named Person", "Mrs Aileen Doig, Head Teacher, Pitreavie Primary School"),
                       ("Lead Professional", "Kirsty McEwan, Social Worker, Dunfermline Children and Families")],
                      ["##Summary of concerns",
                       "Brooke disclosed that her father hit her with a belt. A Joint Investigative Interview under the Scottish Child "
                       "Interview Model was carried out on 28/08/2026. Mr Rennie was charged with assault and reported to the Procurator Fiscal; "
                       "he is on bail with special conditions not to approach Brooke. Police Scotland advise that the criminal case remains "
                       "live and trial is expected at Dunfermline Sheriff Court in spring 2027. Mr Rennie has followed the family to Ossett "
                       "and is living with his mother in Horbury.",
                       "##Core group",
                       "The core group last met on 10/11/2026 (Police Scotland were not core group members). We request that a Transfer "
                       "Child Protection Case Conference is held by Wakefield within 21 days of the move."])
    body = ("Good afternoon\n\nWe have received a transfer notification from Fife Council for Brooke Rennie, who is on the Child Protection "
            "Register in Fife and has moved to Ossett. A Transfer-In Child Protection Conference has been arranged:\n\n"
            "Date: Friday 18th December 2026\nTime: 10:00am\nVenue: Wakefield One, Room G.21\nChair: Angela Swithenbank\n"
            "Children: Brooke Rennie (17/01/2016) and Cole Rennie (05/05/2019)\nParents: Lindsay Rennie, Scott Rennie\n"
            "Police attendance requested: Yes \u2013 there is an ongoing criminal case against father (charged, on bail).\n\n"
            "The Fife paperwork is attached. Please provide a report to the chair three working days before.\n\n"
            "Kind regards\nKaren Illingworth\nBusiness Support Officer | Safeguarding and Review Unit | Wakefield Council")
    emit("K-54-01-wakefield-transfer-fife-bail", "wakefield", "Karen Illingworth <kILLINGWORTH@wakefield.gov.uk>",
         "Transfer In CP Conference - RENNIE (from Fife) - 18/12/2026", body,
         dt.datetime(2026, 12, 9, 15, 22, 0, tzinfo=UTC), "Fife transfer notification RENNIE.pdf", pdf, src,
         dict(district="wakefield", kind="transfer_in", date="2026-12-18", time="10:00", police_attendance_requested=True,
              harm_categories=["physical"], children=[{"name": "Brooke Rennie", "date_of_birth": "2016-01-17"},
                                                     {"name": "Cole Rennie", "date_of_birth": "2019-05-05"}],
              adults=["Lindsay Rennie", "Scott Rennie"], criteria=["current_investigation"], decision="attend",
              flags_required=[], unscored=["no_booking_form"],
              tags=["transfer-letter-pdf", "scottish-terms", "district-wakefield", "transfer-in", "tick-yes", "bail"],
              notes="transfer-in = initial; father charged and on bail, case live (bail keeps it open) -> attend"))


def c02():
    pdf, src = letter("Cardiff Council \u2013 Children\u2019s Services / Cyngor Caerdydd \u2013 Gwasanaethau Plant",
                      "County Hall, Atlantic Wharf, Cardiff CF10 4UW",
                      "Transfer of Child Protection Responsibility \u2013 Child Protection Register",
                      [("Children", "Dylan Pritchard (08/02/2018); Seren Pritchard (14/07/2020)"),
                       ("Parent", "Carys Pritchard (mother, sole carer)"),
                       ("Registered", "Placed on the Child Protection Register on 15/07/2026 \u2013 category: neglect"),
                       ("Plan", "Care and Support Protection Plan; core group meets monthly"),
                       ("Moving to", "Flat 6, 120 Tong Road, Leeds LS12 (from 30/11/2026)")],
                      ["##Police involvement",
                       "South Wales Police have had no involvement with the family and there are no current or previous investigations.",
                       "##Request",
                       "Please convene an Initial (Transfer) Child Protection Conference in accordance with the All Wales / receiving "
                       "authority procedures. Cardiff will keep case responsibility until your conference."])
    body = ("Dear colleagues\n\nTransfer-in conference (from Cardiff) \u2013 PRITCHARD\n\n"
            "Conference: Transfer In Child Protection Conference\nDate: 22/12/2026\nTime: 13:30\nVenue: Microsoft Teams\n"
            "Chair: Bernadette Colley\nMosaic: MOS-9002218\n\nPolice: written report sufficient (no police involvement in Wales)\n\n"
            "Cardiff's transfer letter attached.\n\nRegards\nISU Conference Admin\nLeeds City Council")
    emit("K-54-02-leeds-transfer-cardiff-neglect-report", "leeds", "ISU Conference Admin <isu.conferences@leeds.gov.uk>",
         "Transfer In CPC - PRITCHARD - 22.12.26", body, dt.datetime(2026, 12, 14, 12, 5, 41, tzinfo=UTC),
         "Cardiff transfer letter PRITCHARD.pdf", pdf, src,
         dict(district="leeds", kind="transfer_in", date="2026-12-22", time="13:30", police_attendance_requested=False,
              harm_categories=["neglect"], children=[{"name": "Dylan Pritchard", "date_of_birth": "2018-02-08"},
                                                    {"name": "Seren Pritchard", "date_of_birth": "2020-07-14"}],
              adults=["Carys Pritchard"], criteria=[], decision="report_only", flags_required=[],
              unscored=["no_booking_form"],
              tags=["transfer-letter-pdf", "welsh-terms", "bilingual-heading", "district-leeds", "transfer-in", "tick-no",
                    "negation"],
              notes="Welsh transfer, neglect, police involvement negated, written report ticked -> report only"))


def c03():
    pdf, src = letter("Glasgow City Council \u2013 Social Work Services",
                      "North East Locality, 1 Mercat Street, Glasgow G33",
                      "Child Protection \u2013 Notification of Move (Transfer Out to Calderdale)",
                      [("Child", "Lewis McAllister, d.o.b. 22/03/2014"),
                       ("Mother", "Gemma McAllister"),
                       ("Mother\u2019s partner", "Graham Lennox (moving with the family)"),
                       ("Registration", "On the Child Protection Register since 14/08/2026 (ICPCC / CPPM) \u2013 sexual abuse (risk)"),
                       ("Named Person", "Mr R. Quinn, Depute Head, Riverside Primary"),
                       ("New address", "8 Rochdale Road, Todmorden OL14 (from 02/01/2027)")],
                      ["##Reason for registration",
                       "Mr Lennox is a registered sex offender (subject to sex offender notification requirements, 2015 conviction for "
                       "offences against a 12 year old girl) and is managed by Police Scotland under MAPPA. He has moved into the family home "
                       "and Ms McAllister does not accept that he poses a risk.",
                       "##Core group",
                       "Core group members: social worker, Named Person, health visitor, school nurse."])
    body = ("Hi,\n\nTRANSFER IN CP CONFERENCE \u2013 McALLISTER\n\nDate: 15/01/2027\nTime: 10.00\n"
            "Venue: Northgate House, Halifax\nLCS: 2110583\n\nThe family have moved from Glasgow; Glasgow's notification is attached. "
            "Mum's partner is a registered sex offender who has moved to Todmorden with them. Calderdale police have been told by "
            "Police Scotland.\n\nCP Admin\nCalderdale Council | Northgate House")
    emit("K-54-03-calderdale-transfer-glasgow-rso-partner", "calderdale", "CP Admin <cp.admin@calderdale.gov.uk>",
         "Transfer in CP conference - McALLISTER - 15/01/2027", body, dt.datetime(2027, 1, 7, 10, 44, 13, tzinfo=UTC),
         "Glasgow notification McAllister.pdf", pdf, src,
         dict(district="calderdale", kind="transfer_in", date="2027-01-15", time="10:00", police_attendance_requested=None,
              harm_categories=["sexual"], children=[{"name": "Lewis McAllister", "date_of_birth": "2014-03-22"}],
              adults=["Gemma McAllister", "Graham Lennox"], criteria=["registered_sex_offender"], decision="attend",
              flags_required=[], unscored=["no_booking_form"],
              tags=["transfer-letter-pdf", "scottish-terms", "district-calderdale", "transfer-in", "tick-absent",
                    "rso-partner"],
              notes="RSO partner moving into the household: Calderdale consideration -> attend; no tick box anywhere"))


def c04():
    pdf, src = letter("City and County of Swansea / Dinas a Sir Abertawe \u2013 Child and Family Services",
                      "Civic Centre, Oystermouth Road, Swansea SA1 3SN",
                      "Inter-authority transfer \u2013 Child Protection Register",
                      [("Young person", "Ceri Morgan (born 30/10/2012)"),
                       ("Mother", "Nia Morgan"),
                       ("Registered", "21/09/2026, category: sexual abuse"),
                       ("New address", "Flat 2, 77 Wakefield Road, Dewsbury WF12 (from 14/12/2026)")],
                      ["##Concerns",
                       "Ceri was registered because of child sexual exploitation. The SERAF assessment (27/10/2026) scored her at "
                       "\u2018significant risk\u2019: she was being groomed online by an adult male and had been taken to hotels in Cardiff. "
                       "South Wales Police\u2019s Operation Sentinel team were involved in the disruption work.",
                       "Ms Morgan moved to Dewsbury partly to get Ceri away from the men involved."])
    body = ("Good morning,\n\nA transfer in conference has been booked for Ceri Morgan (moved from Swansea):\n\n"
            "Wednesday 20 January 2027, 1.30pm, Dewsbury Town Hall Committee Room 2. Chair: Stephen Booth.\n\n"
            "Swansea's transfer letter is attached \u2013 CSE is the main concern.\n\n"
            "Thanks\nGemma Lockwood\nConference Co-ordinator | Child Protection & Review Unit | Kirklees Council")
    emit("K-54-04-kirklees-transfer-swansea-cse", "kirklees", "Gemma Lockwood <gemma.lockwood@kirklees.gov.uk>",
         "TICPC \u2013 MORGAN \u2013 20.1.27", body, dt.datetime(2027, 1, 12, 9, 26, 33, tzinfo=UTC),
         "Swansea transfer MORGAN.pdf", pdf, src,
         dict(district="kirklees", kind="transfer_in", date="2027-01-20", time="13:30", police_attendance_requested=None,
              harm_categories=["sexual"], children=[{"name": "Ceri Morgan", "date_of_birth": "2012-10-30"}],
              adults=["Nia Morgan"], criteria=["child_sexual_exploitation"], decision="attend", flags_required=[],
              unscored=["no_booking_form"],
              tags=["transfer-letter-pdf", "welsh-terms", "district-kirklees", "transfer-in", "tick-absent", "cse"],
              notes="Kirklees -> Wakefield rules: CSE considered risk -> attend"))


def c05():
    pdf, src = letter("The Highland Council \u2013 Health and Social Care (Children)",
                      "Glenurquhart Road, Inverness IV3 5NX",
                      "Transfer of Child Protection Case \u2013 request for police attendance",
                      [("Child", "Ruby Sinclair, born 11/05/2020"),
                       ("Mother", "Morag Sinclair"),
                       ("Mother\u2019s partner", "Ross Gunn"),
                       ("Receiving authority", "City of Bradford (Bradford Children and Families Trust)"),
                       ("Transfer Child Protection Case Conference", "Wednesday 27/01/2027 at 10:00, Britannia House, Bradford")],
                      ["##Police",
                       "Police Scotland\u2019s investigation into the injuries to Ruby (bruising to both ears) is ongoing; Mr Gunn was "
                       "interviewed under caution and released pending further enquiries.",
                       "Please confirm to me directly that West Yorkshire Police will attend."])
    body = ("Dear Sir/Madam\n\nI attach our transfer paperwork for Ruby Sinclair, who has moved to Bradford. Bradford have set the "
            "Transfer Child Protection Case Conference for 27 January at 10am. We would be grateful if an officer could attend.\n\n"
            "Yours faithfully\n\nEilidh MacKenzie\nSenior Social Worker, Inverness West\nThe Highland Council\n\n"
            "This email is intended for the named recipient only.")
    emit("K-54-05-highland-direct-unverified", "bradford", "Eilidh MacKenzie <eilidh.mackenzie@highland.gov.uk>",
         "Transfer - Ruby Sinclair - Bradford conference 27/01/2027", body,
         dt.datetime(2027, 1, 18, 15, 48, 2, tzinfo=UTC), "Transfer paperwork SINCLAIR.pdf", pdf, src,
         dict(district="bradford", kind="transfer_in", date="2027-01-27", time="10:00", police_attendance_requested=None,
              harm_categories=["physical"], children=[{"name": "Ruby Sinclair", "date_of_birth": "2020-05-11"}],
              adults=["Morag Sinclair", "Ross Gunn"], criteria=["current_investigation"], decision="manual_review",
              flags_required=["unverified_sender"], unscored=["no_booking_form", "district_unknown"],
              tags=["transfer-letter-pdf", "scottish-terms", "outside-sender", "unverified-sender", "transfer-in"],
              notes="sent directly by a Scottish council (highland.gov.uk is on no allow-list): manual_review with unverified_sender; district from the content"),
         host=("mail.highland.gov.uk", "192.0.2.66", "highland.gov.uk"))


def c06():
    pdf, src = letter("Newport City Council / Cyngor Dinas Casnewydd \u2013 Children\u2019s Services",
                      "Civic Centre, Godfrey Road, Newport NP20 4UR",
                      "Notification of transfer \u2013 child on the Child Protection Register",
                      [("Child", "Tomos Jenkins (06/06/2016)"), ("Mother", "Rhiannon Jenkins"),
                       ("Registered", "Child Protection Register, 03/11/2026 \u2013 emotional abuse"),
                       ("New address", "Armley, Leeds (from 04/01/2027)")],
                      ["##Concerns",
                       "Ms Jenkins has described years of controlling and violent behaviour by her ex-partner Aled Price, Tomos\u2019 father. "
                       "She has never reported any of it to Gwent Police and there has been no police involvement. Mr Price remains in "
                       "Newport and has had no contact with Ms Jenkins or Tomos since she left; his whereabouts are known to Gwent Police "
                       "for unrelated matters."])
    body = ("Hi all,\n\nTransfer in conference for Tomos Jenkins (moved from Newport, South Wales).\n\n"
            "Date: Thursday 28/01/2027\nTime: 10.00\nVenue: Kirkgate ISU suite\nMosaic: MOS-9155402\n\n"
            "Police attendance: REQUIRED please \u2013 mum is very anxious about dad finding them.\n\n"
            "Kind regards\nPhilippa Bramley\nIntegrated Safeguarding Unit | Leeds City Council")
    emit("K-54-06-leeds-transfer-newport-da-unreported", "leeds",
         "Philippa Bramley <philippa.bramley@leeds.gov.uk.cjsm.net>",
         "[SECURE] Transfer In CPC - JENKINS - 28/01/2027", body, dt.datetime(2027, 1, 20, 11, 37, 27, tzinfo=UTC),
         "Newport notification JENKINS.pdf", pdf, src,
         dict(district="leeds", kind="transfer_in", date="2027-01-28", time="10:00", police_attendance_requested=True,
              harm_categories=["emotional"], children=[{"name": "Tomos Jenkins", "date_of_birth": "2016-06-06"}],
              adults=["Rhiannon Jenkins", "Aled Price"], criteria=[], decision="discuss", flags_required=[],
              unscored=["no_booking_form"],
              tags=["transfer-letter-pdf", "welsh-terms", "cjsm", "district-leeds", "transfer-in", "tick-yes",
                    "da-never-reported", "offender-elsewhere"],
              notes="DA never reported, no police involvement, ex-partner far away with no contact: no criterion; police requested -> discuss"),
         host=("smtp-out2.leeds.gov.uk", "198.51.100.15", "leeds.gov.uk.cjsm.net"))


def c07():
    pdf, src = letter("Dumfries and Galloway Council \u2013 Social Work Services",
                      "Council Offices, English Street, Dumfries DG1 2DD",
                      "Closing summary \u2013 transfer to Wakefield",
                      [("Child", "Callum Irving (born 19/12/2011)"), ("Mother", "Donna Irving"), ("Father", "Kevin Irving"),
                       ("Register", "Remains on the Child Protection Register until the Wakefield transfer conference (physical abuse)")],
                      ["##Police",
                       "Police Scotland\u2019s enquiry into the assault on Callum by his father on 02/10/2026 has been passed to West Yorkshire "
                       "Police because the family now live in Normanton. Mr Irving was released under investigation and the investigation "
                       "remains open."])
    body = ("Good morning,\n\nPlease see below details of the first Review Child Protection Conference for Callum Irving since the "
            "transfer-in conference on 30/10/2026.\n\nReview CPC: Friday 29 January 2027, 9.30am, Microsoft Teams\n"
            "Chair: Paul Oyelaran\nChild: Callum Irving (19/12/2011)\nParents: Donna Irving, Kevin Irving\nCategory: Physical\n\n"
            "Dumfries and Galloway's closing summary is attached for information.\n\n"
            "Kind regards\nRuth Senior\nSafeguarding and Review Unit\nWakefield Council")
    emit("K-54-07-wakefield-review-after-transfer-rui", "wakefield", "Ruth Senior <rsenior@wakefield.gov.uk>",
         "RCPC - IRVING - 29/01/2027", body, dt.datetime(2027, 1, 22, 8, 59, 46, tzinfo=UTC),
         "D&G closing summary IRVING.pdf", pdf, src,
         dict(district="wakefield", kind="review", date="2027-01-29", time="09:30", police_attendance_requested=None,
              harm_categories=["physical"], children=[{"name": "Callum Irving", "date_of_birth": "2011-12-19"}],
              adults=["Donna Irving", "Kevin Irving"], criteria=["current_investigation"], decision="discuss",
              flags_required=[], unscored=["no_booking_form"],
              tags=["transfer-letter-pdf", "scottish-terms", "district-wakefield", "review", "tick-absent", "rui"],
              notes="review after a transfer: open investigation (RUI) -> discuss under the review rule"))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07):
        f()


if __name__ == "__main__":
    main()
