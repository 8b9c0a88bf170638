"""Layout 93: forms in other text containers (.txt, .csv, saved .htm, MHTML .mht, e-mail printed to PDF)."""
import io
import quopri

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from common import (attach_bytes, attach_text, build_label, det_hex, html_text, make_message, recv, write_case)


def case(stem, *, district, sender, subject, received, body, atts, att_texts, meta, tags, notes, booking_form=True):
    eml = make_message(stem, district, sender[0], sender[1], subject, received, [("plain", body)], atts)
    lab = build_label(received=received, source_texts=[subject, body] + att_texts, tags=tags, notes=notes,
                      booking_form=booking_form, **meta)
    write_case(stem, eml, lab)


def mhtml(html: str, url: str, seed: str) -> bytes:
    b = f"----MultipartBoundary--{det_hex(seed, 30)}----"
    css = "body{font-family:Segoe UI,Arial;font-size:10pt} td.l{font-weight:bold;width:220px} .chk{font-size:12pt}"
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {url}",
        "Subject: =?utf-8?Q?Conference_record_=E2=80=93_view?=",
        "Date: Mon, 4 Jan 2027 14:52:10 -0000",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{b}"',
        "",
        "",
        f"--{b}",
        "Content-Type: text/html",
        f"Content-ID: <frame-{det_hex(seed+'f', 32).upper()}@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {url}",
        "",
        quopri.encodestring(html.encode("utf-8")).decode("ascii"),
        f"--{b}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://portal.kirklees.gov.uk/static/site.css",
        "",
        css,
        "",
        f"--{b}--",
        "",
    ]
    return "\r\n".join(parts).encode("ascii")


def printed_email_pdf(header_lines, body_lines, title) -> tuple[bytes, list]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    texts = []
    y = 800
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y, header_lines[0])
    texts.append(header_lines[0])
    y -= 8
    c.line(50, y, 545, y)
    y -= 16
    for k, v in header_lines[1:]:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y, k)
        c.setFont("Helvetica", 9.5)
        c.drawString(130, y, v)
        texts += [k, v, f"{k} {v}"]
        y -= 13
    y -= 12
    c.setFont("Helvetica", 10)
    for ln in body_lines:
        c.drawString(50, y, ln)
        if ln:
            texts.append(ln)
        y -= 13
    c.setFont("Helvetica", 7)
    c.drawString(50, 30, "OFFICIAL-SENSITIVE")
    texts.append("OFFICIAL-SENSITIVE")
    c.showPage()
    c.save()
    texts.append(" ".join(l for l in body_lines if l))
    return buf.getvalue(), texts


def build():
    # 01 Wakefield ICPC: .txt export from the case system, wilful neglect investigation
    txt = """MOSAIC  -  STEP: Request Child Protection Conference (ICPC)          Printed 09/12/2026 16:41
=====================================================================================
Person ID ........ 1184720 (Kaiden WILBY)          Worker .... Owen Brook (CP Team South)
Step status ...... Finalised                        Authorised  Nicola Hepworth (TM)
-------------------------------------------------------------------------------------
CONFERENCE
  Conference type ......... Initial Child Protection Conference
  Date .................... Friday 18 December 2026
  Start ................... 09:30
  Location ................ Conference Room 1, Wakefield One
  Chair ................... Stephen Lockwood (IRO)
SUBJECTS
  WILBY, Kaiden ........... DOB 02/02/2019   M   Lupset Primary
  WILBY, Maisie ........... DOB 17/07/2021   F   Lupset Nursery
  WILBY, Freya ............ DOB 05/11/2023   F   -
HOUSEHOLD / SIGNIFICANT ADULTS
  WILBY, Chantelle ........ Mother           DOB 19/09/1995
  WILBY, Darren ........... Father           DOB 03/03/1992
CATEGORY REQUESTED ........ Neglect
REASON (free text)
  On 29/11/2026 a neighbour called police after hearing the youngest child crying for
  several hours. Officers found the three children alone in the house overnight with
  no food and no heating. Both parents returned at 07:10. DC Paul Rhodes (CPPU) is
  investigating both parents for wilful neglect (child cruelty) contrary to section 1
  Children and Young Persons Act 1933; both were interviewed on 08/12/2026 and released
  under investigation. The children went to their paternal aunt's by agreement.
POLICE
  Police Attendance ....... Required
  Report to ............... Conference Chair, 3 working days before conference
-------------------------------------------------------------------------------------
End of step output"""
    case("s-93-01-wakefield-initial-txt-export-wilful-neglect",
         district="wakefield", sender=("SRU Bookings", "sru.bookings@wakefield.gov.uk"),
         subject="OFFICIAL-SENSITIVE: ICPC request WILBY (Mosaic step output attached)",
         received=recv("2026-12-10 09:05"),
         body=("Morning,\n\nNew ICPC for the Wilby children. The Mosaic step output is attached as a text file as the "
               "PDF print is not working today.\n\nSRU Bookings\nWakefield Council"),
         atts=[attach_text(txt, "ICPC_request_1184720.txt")], att_texts=[txt, "ICPC_request_1184720.txt"],
         meta=dict(district="wakefield", kind="initial", pre_birth=False, date="2026-12-18", time="09:30", tick=True,
                   harm=["neglect"], children=[("Kaiden Wilby", "2019-02-02"), ("Maisie Wilby", "2021-07-17"), ("Freya Wilby", "2023-11-05")],
                   adults=["Chantelle Wilby", "Darren Wilby"], criteria=["wilful_neglect_investigation"], decision="attend"),
         tags=["txt-attachment", "case-system-export", "district-wakefield", "initial", "surname-first-names"],
         notes="active police investigation of wilful neglect under s1 CYPA 1933 (W3) -> attend")

    # 02 Leeds RCPC: .csv export, neglect category and single-agency s47
    csv = """Field,Value
Record type,Conference - Review
Conference date,2027-01-26
Start time,13:30
Venue,"Reginald Centre, Chapeltown Road"
Child name,Oscar Lindqvist-Hart
Child DOB,2010-12-01
Mother,Helen Hart
Father,Erik Lindqvist
Plan category,Neglect
Review number,1
Strategy discussion (with police),2026-09-15
S47 type,Single agency (CSC)
Police investigation,None - police not investigating
Police in core group,No
Police attendance required,No
Written report sufficient,Yes
Notes,"Oscar's school attendance has risen to 91%. Mother engaging with the Family Help worker; father's contact supervised by paternal grandmother."
"""
    case("s-93-02-leeds-review-csv-export-report-only",
         district="leeds", sender=("ISU Review Conferences", "isu.reviews@leeds.gov.uk"),
         subject="Review Conference 26/01/2027 - LINDQVIST-HART", received=recv("2027-01-05 10:30"),
         body=("Dear WYP colleagues\n\nPlease find the conference record exported from our system (CSV) for the "
               "first review conference for Oscar. Police report to the ISU 24 hours prior, please.\n\n"
               "ISU - Leeds City Council"),
         atts=[attach_text(csv, "conference_record_export.csv", subtype="csv")],
         att_texts=[csv, "conference_record_export.csv"] + [ln.replace(",", " ") for ln in csv.splitlines()],
         meta=dict(district="leeds", kind="review", pre_birth=False, date="2027-01-26", time="13:30", tick=False,
                   harm=["neglect"], children=[("Oscar Lindqvist-Hart", "2010-12-01")], adults=["Helen Hart", "Erik Lindqvist"],
                   criteria=[], decision="report_only"),
         tags=["csv-attachment", "district-leeds", "review", "distractor-category-neglect", "distractor-strategy-discussion"],
         notes="review; neglect category, strategy discussion with police and single-agency s47 are not criteria -> report_only")

    # 03 Calderdale ICPC: saved web page (.htm) with checked HTML inputs, MARAC
    htm = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Conference booking - view - Calderdale Children's Portal</title>
<!-- saved from url=(0063)https://childrensportal.calderdale.gov.uk/cpc/booking/view/88231 -->
<style>td.l{font-weight:bold;width:230px;vertical-align:top}</style></head>
<body>
<div class="banner">Calderdale Children's Portal &gt; Conferences &gt; Booking 88231</div>
<h1>Conference booking</h1>
<table>
<tr><td class="l">Conference type</td><td>Initial child protection conference</td></tr>
<tr><td class="l">Date</td><td>Monday 21 December 2026</td></tr>
<tr><td class="l">Time</td><td>10:00 - 12:00</td></tr>
<tr><td class="l">Venue</td><td>Northgate House, Halifax (Room G.12)</td></tr>
<tr><td class="l">Children</td><td>Noah Sutcliffe-Ward (12/03/2017)<br>Evie Ward (30/10/2021)</td></tr>
<tr><td class="l">Parents</td><td>Gemma Sutcliffe (mother)<br>Jason Ward (father)</td></tr>
<tr><td class="l">Category</td><td>Emotional abuse</td></tr>
<tr><td class="l">Reason</td><td>Three incidents of domestic abuse by Mr Ward since September, the latest on 26/11/2026 when the children
hid upstairs. DASH assessed as high risk and the case was heard at MARAC on 03/12/2026; an IDVA is working with Ms Sutcliffe and
the MARAC safety plan is in place. There has been no previous involvement of the police Safeguarding Unit with this family.</td></tr>
<tr><td class="l">Police</td><td>
<label class="chk"><input type="checkbox" name="pol_attend" checked="checked" disabled> Police attendance required</label><br>
<label class="chk"><input type="checkbox" name="pol_report" disabled> Written report sufficient</label></td></tr>
</table>
<div class="footer">Page generated 11/12/2026 12:41 | Calderdale Council | OFFICIAL-SENSITIVE</div>
</body></html>"""
    case("s-93-03-calderdale-initial-saved-htm-marac",
         district="calderdale", sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
         subject="ICPC SUTCLIFFE-WARD / WARD 21.12.26", received=recv("2026-12-11 13:00"),
         body=("Hi\n\nThe portal would not export the booking to PDF so I have saved the page and attached it "
               "(open in a browser).\n\nThanks\nCP Admin, Calderdale"),
         atts=[attach_text(htm, "Conference booking - view.htm", subtype="html")],
         att_texts=[html_text(htm), "Conference booking - view.htm"],
         meta=dict(district="calderdale", kind="initial", pre_birth=False, date="2026-12-21", time="10:00", tick=True,
                   harm=["emotional"], children=[("Noah Sutcliffe-Ward", "2017-03-12"), ("Evie Ward", "2021-10-30")],
                   adults=["Gemma Sutcliffe", "Jason Ward"], criteria=["domestic_abuse_current_involvement"], decision="discuss"),
         tags=["htm-attachment", "html-checkbox-input", "district-calderdale", "initial", "marac"],
         notes="high-risk DA at MARAC = domestic_abuse_current_involvement; Calderdale lists no DA item -> discuss (POLICY choice)")

    # 04 Kirklees RCPC: MHTML archive, RUI in a review
    html = """<html><head><meta charset="utf-8"><title>Conference record</title></head><body>
<h2>Review Child Protection Conference &ndash; invitation record</h2>
<table border="1" cellpadding="4">
<tr><th>Conference</th><td>RCPC (3rd review)</td></tr>
<tr><th>When</th><td>13/01/2027, 10:00am</td></tr>
<tr><th>Where</th><td>Dewsbury Health Centre, meeting room B</td></tr>
<tr><th>Children</th><td>Leo Bramley &ndash; born 21/08/2018<br>Poppy Bramley &ndash; born 09/05/2020</td></tr>
<tr><th>Adults</th><td>Stephanie Bramley (mother)<br>Nathan Clegg (mother&rsquo;s partner)</td></tr>
<tr><th>Plan category</th><td>Neglect and physical abuse</td></tr>
<tr><th>Significant events</th><td>On 20/12/2026 Leo arrived at school with a cut lip and said Nathan hit him. Mr Clegg was arrested on
suspicion of assaulting Leo, interviewed and released under investigation. He has moved out while enquiries continue.</td></tr>
<tr><th>Police</th><td>Attendance not requested &ndash; written report to the chair</td></tr>
</table>
<p style="font-size:8pt">Kirklees Council &ndash; conference and review service</p>
</body></html>"""
    mht = mhtml(html, "https://portal.kirklees.gov.uk/cpc/record/40412", "s9304")
    case("s-93-04-kirklees-review-mhtml-rui-discuss",
         district="kirklees", sender=("Conference Service", "conference.service@kirklees.gov.uk"),
         subject="Review conference BRAMLEY 13/01/2027", received=recv("2027-01-04 15:00"),
         body=("Good afternoon\n\nPlease find attached the invitation record for the Bramley review conference "
               "(web archive file, opens in Edge or Chrome).\n\nKirklees Conference and Review Service"),
         atts=[attach_bytes(mht, "Conference record BRAMLEY.mht", "application", "octet-stream")],
         att_texts=[html_text(html), "Conference record BRAMLEY.mht"],
         meta=dict(district="kirklees", kind="review", pre_birth=False, date="2027-01-13", time="10:00", tick=False,
                   harm=["neglect", "physical"], children=[("Leo Bramley", "2018-08-21"), ("Poppy Bramley", "2020-05-09")],
                   adults=["Stephanie Bramley", "Nathan Clegg"], criteria=["current_investigation"], decision="discuss"),
         tags=["mhtml-attachment", "district-kirklees", "review", "rui"],
         notes="review with a current investigation (arrest, RUI) -> discuss under the review rule (Kirklees uses Wakefield rules)")

    # 05 Bradford: chair's outcome letter e-mail printed to PDF (not an invitation)
    pdf, ptexts = printed_email_pdf(
        ["Bradford Children's Services - Mail", ("From:", "Olusegun Adeyemi <olusegun.adeyemi@bradford.gov.uk>"),
         ("Sent:", "09 December 2026 17:02"), ("To:", "Conference and Review Team"),
         ("Subject:", "Chair's letter - ICPC AKHTAR 07/12/2026")],
        ["Dear colleague,", "",
         "Following the initial child protection conference held on 7 December 2026 for Zain Akhtar (04/04/2016)",
         "and Hamza Akhtar (22/10/2018), the conference decided that both children should be subject to a",
         "child protection plan under the category of neglect.", "",
         "The first core group will meet on 17/12/2026. The first review conference will be held on",
         "8 March 2027 at 10:00 at Britannia House; invitations will be sent separately.", "",
         "Police were not represented; the police report was received and shared.", "",
         "Olusegun Adeyemi", "Child Protection Chair"], "Chair's letter AKHTAR")
    case("s-93-05-bradford-chairs-letter-printed-to-pdf-not-invitation",
         district="bradford", sender=("Conference and Review Team", "conference.review@bradford.gov.uk"),
         subject="FW: Chair's letter - ICPC AKHTAR 07/12/2026", received=recv("2026-12-10 11:00"),
         body="For your records - chair's letter attached (printed to PDF).\n\nConference and Review Team\nBradford Children's Services",
         atts=[attach_bytes(pdf, "Chairs letter AKHTAR.pdf", "application", "pdf")], att_texts=ptexts,
         meta=dict(district="bradford", kind=None, pre_birth=None, date=None, time=None, tick=None, harm=None,
                   children=None, adults=None, criteria=None, decision="manual_review",
                   flags_required=["not_an_invitation"], deadlines=False,
                   unscored=["missing_reason", "missing_family_details", "missing_conference_date", "no_booking_form"]),
         tags=["email-printed-to-pdf", "not-an-invitation", "chairs-letter", "district-bradford", "future-review-date-trap"],
         notes="chair's letter after the conference; the review date in it is not an invitation -> manual_review not_an_invitation")

    # 06 Leeds pre-birth: saved web page with the printed attendance criteria (not findings)
    htm = """<html><head><title>ICPC Invitation - Leeds Children's Social Work Service</title></head><body>
<h2>Invitation to an Initial Child Protection Conference (pre-birth)</h2>
<p>You are invited to a conference about <b>Unborn baby Fletcher</b> (expected 15/03/2027).</p>
<p><b>Date:</b> Monday 18 January 2027 &nbsp; <b>Time:</b> 1pm &nbsp; <b>Venue:</b> Merrion House, Room M2</p>
<p><b>Mother:</b> Jodie Fletcher (DOB 02/09/2009) &nbsp; <b>Father:</b> Kieran Mills (DOB 14/01/2006)</p>
<p><b>Concerns:</b> Jodie is 17 and a care leaver with a learning disability; she has no stable accommodation and missed most
antenatal appointments. Kieran has no police history known to children's services. No domestic abuse has been reported.</p>
<p><b>Category requested:</b> Neglect</p>
<div style="border:1px solid #888;padding:6px;background:#eef">
<b>Guidance for West Yorkshire Police (printed on every invitation)</b><br>
Police should attend where: a current police investigation; a previous investigation with escalating risk; wilful neglect
under investigation; police protection; domestic abuse with DV co-ordinator involvement; a registered sex offender in the
household; or attendance agreed between the chair and the DI. Otherwise a written report is sufficient.</div>
<p><b>Police response requested:</b><br>
&#9744; Police attendance required<br>&#9746; Written report sufficient</p>
<p>Reports to the Integrated Safeguarding Unit 24 hours prior to the conference.</p>
</body></html>"""
    case("s-93-06-leeds-prebirth-htm-printed-criteria-report-only",
         district="leeds", sender=("ISU Pre-birth Conferences", "isu.prebirth@leeds.gov.uk"),
         subject="Pre-birth ICPC Mon 18/01/2027 1pm - FLETCHER", received=recv("2027-01-08 12:00"),
         body="Invitation attached as a web page (.htm).\n\nISU Leeds",
         atts=[attach_text(htm, "ICPC invitation FLETCHER.htm", subtype="html")],
         att_texts=[html_text(htm), "ICPC invitation FLETCHER.htm"],
         meta=dict(district="leeds", kind="initial", pre_birth=True, date="2027-01-18", time="13:00", tick=False,
                   harm=["neglect"], children=[("Unborn baby Fletcher", None)], adults=["Jodie Fletcher", "Kieran Mills"],
                   criteria=[], decision="report_only"),
         tags=["htm-attachment", "district-leeds", "pre-birth", "printed-criteria-list", "glyph-ticks"],
         notes="the printed police criteria box is guidance, not findings; nothing affirmed, report ticked -> report_only")

    # 07 Wakefield transfer-in from Nottinghamshire: fixed-width .txt, CSE, late notice
    txt = """NOTTINGHAMSHIRE COUNTY COUNCIL  -  TRANSFER OF CHILD PROTECTION PLAN
Receiving authority: Wakefield Council (Safeguarding and Review Unit)

TRANSFER-IN CONFERENCE   Tue 19-Jan-2027   10:00   Castleford Civic Centre, Ferrybridge Road

NAME                   DOB          RELATIONSHIP           ADDRESS
Tia-Rose Marsh         04/04/2010   Subject                12 Beech Grove, Castleford
Carly Marsh            21/12/1988   Mother                 12 Beech Grove, Castleford
Steven Marsh           30/06/1961   Maternal grandfather   12 Beech Grove, Castleford (householder)

PLAN CATEGORY: Sexual abuse
SUMMARY FOR RECEIVING AUTHORITY
Tia-Rose was identified by the Nottinghamshire Police exploitation team as a victim of child sexual
exploitation in 2026 and the risk was assessed as high in December 2026. The family moved to
Castleford to remove her from the men involved; she has since been contacted online by one of them.
The risk of CSE remains current.

POLICE ATTENDANCE REQUESTED: Y          WRITTEN REPORT ONLY: N
"""
    case("s-93-07-wakefield-transfer-in-txt-fixed-width-cse-late-notice",
         district="wakefield", sender=("Safeguarding and Review Unit", "sru@wakefield.gov.uk"),
         subject="Transfer-in conference MARSH 19/01/2027 - short notice", received=recv("2027-01-14 10:20"),
         body=("Apologies for the short notice - Nottinghamshire only sent us the transfer papers yesterday. "
               "The transfer-in conference is on Tuesday 19 January at 10am; their summary is attached as a text file.\n\n"
               "SRU, Wakefield Council"),
         atts=[attach_text(txt, "TRANSFER_MARSH.txt")], att_texts=[txt, "TRANSFER_MARSH.txt"],
         meta=dict(district="wakefield", kind="transfer_in", pre_birth=False, date="2027-01-19", time="10:00", tick=True,
                   harm=["sexual"], children=[("Tia-Rose Marsh", "2010-04-04")], adults=["Carly Marsh", "Steven Marsh"],
                   criteria=["child_sexual_exploitation"], decision="attend"),
         tags=["txt-attachment", "fixed-width", "district-wakefield", "transfer-in", "from-nottinghamshire", "late-notice",
               "report-due-on-day-received"],
         notes="CSE is W5 -> attend; 3 working days' notice < 5 -> late_notice; report due on the day received (not passed)")
