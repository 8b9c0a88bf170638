"""Layout 122 - yes/no checklists: every risk question its own row with Yes / No / Unknown columns or a
Y/N answer, the police section asked as questions."""
import datetime as dt
import io

from common import base, docx_core, docx_texts, finish, fix_docx, gmt, html_text, outlook_html, write_case

X = "X"


def yn_table(rows):
    """rows: (question, answer in {'Yes','No','Unknown', 'both'}, details)."""
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">',
           '<tr style="background:#D9E2F3"><th>Question</th><th>Yes</th><th>No</th><th>Unknown</th><th>Details</th></tr>']
    for q, a, d in rows:
        cells = []
        for col in ("Yes", "No", "Unknown"):
            mark = X if (a == col or (a == "both" and col in ("Yes", "No"))) else "&nbsp;"
            cells.append(f'<td align="center">{mark}</td>')
        out.append(f"<tr><td>{q}</td>{''.join(cells)}<td>{d or '&nbsp;'}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


def c01():
    c = base("y-122-01-wakefield-initial-yes-no-unknown-grid-bail", "wakefield", "Farah Qureshi",
             "farah.qureshi@wakefield.gov.uk", "OFFICIAL-SENSITIVE: ICPC 11/12/2026 WALSHAW", gmt(2026, 12, 2, 10, 20))
    rows = [
        ("Is there a current police investigation?", "Yes", "DC Asha Lund, CPPU Normanton. Mr Batty was arrested on 25/11/2026 and bailed with conditions not to contact Poppy or attend the address. Poppy&#39;s ABE interview was completed on 26/11/2026."),
        ("Has there been a previous police investigation concerning this family?", "No", ""),
        ("Has any child been placed in police protection?", "No", ""),
        ("Is any member of, or visitor to, the household a registered sex offender?", "Unknown", "Checks requested by SW 30/11 &ndash; awaiting reply"),
        ("Is child sexual exploitation a concern?", "No", ""),
        ("Is there domestic abuse with police involvement?", "No", ""),
        ("Are police investigating wilful neglect?", "No", ""),
        ("Is police attendance required at conference?", "Yes", "Chair asks for the OIC or a CPPU officer"),
    ]
    html = outlook_html(f"""
<p class="MsoNormal">Please find the ICPC booking for the Walshaw family below.</p>
<p class="MsoNormal"><b>CHILD PROTECTION CONFERENCE BOOKING FORM &ndash; SAFEGUARDING AND REVIEW UNIT</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr><td>Conference</td><td>Initial Child Protection Conference</td><td>Date</td><td>Friday 11/12/2026</td></tr>
<tr><td>Time</td><td>10.00</td><td>Venue</td><td>Castleford Civic Centre, Ferrybridge Road</td></tr>
<tr><td>Chair</td><td>Helen Stainforth</td><td>Social worker</td><td>Callum Roebuck</td></tr>
<tr><td>Category</td><td>Sexual</td><td>CareDirector</td><td>CD-529904</td></tr>
</table>
<p class="MsoNormal"><b>Family</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr><th>Name</th><th>Role</th><th>DOB</th><th>Lives at home?</th></tr>
<tr><td>Poppy Walshaw</td><td>Subject child</td><td>12/12/2013</td><td>Yes</td></tr>
<tr><td>Lindsey Walshaw</td><td>Mother</td><td>20/02/1981</td><td>Yes</td></tr>
<tr><td>Craig Walshaw</td><td>Father</td><td>01/11/1979</td><td>Yes</td></tr>
<tr><td>Neil Batty</td><td>Lodger (family friend)</td><td>16/07/1969</td><td>No &ndash; moved out under bail</td></tr>
</table>
<p class="MsoNormal"><b>Reason for conference</b>: Poppy told her school counsellor that the family&#39;s lodger had been coming into her bedroom at night and touching her.</p>
<p class="MsoNormal"><b>POLICE &ndash; please answer every question</b></p>
{yn_table(rows)}
<p class="MsoNormal">Completed by Callum Roebuck, 01/12/2026</p>
<p class="MsoNormal">Farah Qureshi<br>Business Support, Safeguarding and Review Unit<br>Wakefield Council</p>""")
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="wakefield", kind="initial", date="2026-12-11", time="10:00", tick=True, harm=["sexual"],
                      children=[("Poppy Walshaw", "2013-12-12")],
                      adults=["Lindsey Walshaw", "Craig Walshaw", "Neil Batty"],
                      criteria=["current_investigation"], decision="attend",
                      tags=["yes-no-grid", "unknown-column", "district-wakefield", "initial", "tick-attend"],
                      notes="'current police investigation?' Yes with arrest, bail and ABE for sexual abuse by the household's lodger: attend; RSO question answered Unknown (not a criterion)")
    return finish(c)


def pdf_yn(title_lines, header_rows, rows, footer):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1)
    cv.setTitle("Request for Child Protection Conference")
    cv.setAuthor("Leeds City Council")
    w, h = A4
    y = h - 50
    texts = []
    for i, t in enumerate(title_lines):
        cv.setFont("Helvetica-Bold", 12 if i else 9)
        cv.drawString(40, y, t)
        texts.append(t)
        y -= 18
    cv.setFont("Helvetica", 9)
    for k, v in header_rows:
        cv.rect(40, y - 4, 160, 16)
        cv.rect(200, y - 4, 355, 16)
        cv.drawString(44, y, k)
        cv.drawString(204, y, v)
        texts += [k, v]
        y -= 16
    y -= 14
    cv.setFont("Helvetica-Bold", 9)
    cv.drawString(44, y, "Question")
    cv.drawString(330, y, "Y/N")
    cv.drawString(360, y, "Details")
    texts += ["Question", "Y/N", "Details"]
    y -= 16
    cv.setFont("Helvetica", 8.5)
    for q, a, d in rows:
        dl = []
        line = ""
        for word in d.split():
            if len(line) + len(word) > 44:
                dl.append(line)
                line = word
            else:
                line = (line + " " + word).strip()
        if line:
            dl.append(line)
        hgt = max(1, len(dl)) * 11 + 5
        cv.rect(40, y - hgt + 11, 515, hgt)
        cv.drawString(44, y, q)
        cv.setFont("Helvetica-Bold", 9)
        cv.drawString(334, y, a)
        cv.setFont("Helvetica", 8.5)
        for j, ln in enumerate(dl):
            cv.drawString(360, y - 11 * j, ln)
        texts += [q, a] + dl
        if d:
            texts.append(d)
        y -= hgt
    y -= 10
    for t in footer:
        cv.drawString(40, y, t)
        texts.append(t)
        y -= 13
    cv.showPage()
    cv.save()
    return buf.getvalue(), texts


def c02():
    c = base("y-122-02-leeds-initial-pdf-yn-da-marac-conflict", "leeds", "Owen Clapham",
             "owen.clapham@leeds.gov.uk", "[SECURE] ICPC request - CLEGG - 08/12/2026", gmt(2026, 12, 1, 12, 5))
    rows = [
        ("Current police investigation involving the children?", "N", "The investigation is into the assault on Ms Clegg, not the children."),
        ("Domestic abuse in the home in the last 12 months?", "Y", "Three incidents; the latest on 22/11/2026 when Mr Pickersgill strangled Ms Clegg in front of Harvey."),
        ("DASH risk level", "High", ""),
        ("Open to MARAC?", "Y", "Heard at MARAC on 26/11/2026."),
        ("DV co-ordinator / IDVA working with the family?", "Y", "Leeds Domestic Violence Service IDVA allocated 24/11/2026."),
        ("Alleged perpetrator on police bail?", "Y", "Bailed to 20/02/2027; conditions not to contact Ms Clegg or enter LS11."),
        ("Child sexual exploitation concerns?", "N", ""),
        ("Registered sex offender linked to the family?", "N", ""),
        ("Police attendance required?", "N", ""),
        ("Written report sufficient?", "Y", ""),
    ]
    pdf, ptexts = pdf_yn(
        ["OFFICIAL-SENSITIVE", "Request for Child Protection Conference - Risk Checklist"],
        [("Conference type", "Initial Child Protection Conference"), ("Date", "08/12/2026"), ("Start time", "10:30"),
         ("Location", "Microsoft Teams"), ("Mosaic ID", "MOS-610388"), ("Chair", "Stephen Varley"),
         ("Category", "Emotional"),
         ("Child 1", "Harvey Clegg - 19/04/2017 - Hunslet Moor Primary"), ("Child 2", "Ruby Clegg - 08/08/2020 - Hunslet Moor Nursery"),
         ("Mother", "Stacey Clegg - 27/12/1995"), ("Father (not in household)", "Jamie Pickersgill - 13/03/1993")],
        rows, ["Completed by: Owen Clapham, Social Worker, 30/11/2026"])
    c["text"] = ("Hi,\n\nICPC request attached for Harvey and Ruby Clegg - 8th December, 10.30, Teams. Please send your report "
                 "to the ISU by 24 hours before.\n\nThanks\nOwen Clapham\nSocial Worker | Children and Families | Leeds City Council\n")
    c["attachments"] = [("ICPC request CLEGG.pdf", "application/pdf", pdf)]
    c["label"] = dict(district="leeds", kind="initial", date="2026-12-08", time="10:30", tick=False, harm=["emotional"],
                      children=[("Harvey Clegg", "2017-04-19"), ("Ruby Clegg", "2020-08-08")],
                      adults=["Stacey Clegg", "Jamie Pickersgill"], criteria=["domestic_abuse_current_involvement"],
                      decision="attend", flags_required=["tickbox_conflict"],
                      tags=["yes-no-rows", "pdf", "district-leeds", "initial", "tick-report", "tickbox-conflict"],
                      notes="high-risk DA heard at MARAC, IDVA allocated, perpetrator on police bail: Leeds item 5 -> attend although the form answers 'Police attendance required? N'; the 'current investigation involving the children' row is N (the investigation is of the assault on the mother)")
    return finish(c, ptexts)


def c03():
    c = base("y-122-03-calderdale-review-yn-all-no-report-only", "calderdale", "Karen Lumb",
             "karen.lumb@calderdale.gov.uk", "RCPC notification - GREENWOOD - 21.01.27", gmt(2027, 1, 7, 9, 5),
             mailer="Microsoft Outlook 14.0")
    c["text"] = ("Please see conference details below.\n\n"
                 "OFFICIAL-SENSITIVE\n\n"
                 "REVIEW CHILD PROTECTION CONFERENCE\n"
                 "Date: 21.01.27    Time: 10.00 am    Venue: Northgate House, Halifax (hybrid)\n"
                 "LCS: LCS-712290    IRO: Mohammed Aslam    SW: Chloe Barraclough\n"
                 "Category: Neglect\n\n"
                 "Child: Archie Greenwood, DOB 25/12/2019, Warley Road Primary\n"
                 "Mother: Leanne Greenwood, DOB 30/04/1998\n"
                 "Mother's partner: Scott Rhodes, DOB 08/08/1996 (in household)\n\n"
                 "CHECKLIST FOR REVIEW (answer Y/N)\n"
                 "Has the child been seen alone at every visit? Y\n"
                 "Any new referrals since the last conference? N\n"
                 "Any police call-outs to the address since the last conference? N\n"
                 "Any arrests of household members since the last conference? N\n"
                 "Is there a CSE link? N\n"
                 "Any significant event since the last conference? N\n"
                 "Are police members of the core group? N\n"
                 "Police attendance needed at this review? N\n\n"
                 "Summary: Archie's school attendance is 96%, the dental treatment is complete and the home has "
                 "stayed clean and safe since October. The plan is likely to end at this review.\n\n"
                 "Karen Lumb\nCP Admin Team | Calderdale MBC\n")
    c["label"] = dict(district="calderdale", kind="review", date="2027-01-21", time="10:00", tick=False, harm=["neglect"],
                      children=[("Archie Greenwood", "2019-12-25")], adults=["Leanne Greenwood", "Scott Rhodes"],
                      criteria=[], decision="report_only", unscored_flags=["no_booking_form"],
                      tags=["yes-no-rows", "body-text", "district-calderdale", "review", "tick-report", "no-criterion", "safe-report-only"],
                      notes="every risk question answered N, no CSE link or significant event, police not in the core group, 'Police attendance needed? N': report only")
    return finish(c)


def c04():
    c = base("y-122-04-kirklees-initial-both-columns-cce-rui-child", "kirklees", "Tariq Hussain",
             "tariq.hussain@kirklees.gov.uk", "ICPC Wed 16 December - BLACKBURN, Kian", gmt(2026, 12, 7, 14, 30))
    rows = [
        ("Is the child the subject of a current police investigation into abuse by a family member?", "No", ""),
        ("Is the young person at risk of criminal exploitation / county lines?", "Yes", "Found in a cuckooed flat in Scarborough on 12/11/2026; NRM referral made."),
        ("Is the young person at risk of sexual exploitation?", "No", "Exploitation screening 18/11/2026: criminal only."),
        ("Has police protection been used?", "No", ""),
        ("Is a registered sex offender linked to the household?", "No", ""),
        ("Domestic abuse in the household?", "No", ""),
        ("Has the young person himself been arrested?", "Yes", "Arrested in Scarborough on 12/11/2026 for possession with intent to supply; released under investigation by North Yorkshire Police."),
        ("Police attendance at conference", "both", "(both marked on the form the SW returned)"),
    ]
    html = outlook_html(f"""
<p class="MsoNormal">Afternoon,</p>
<p class="MsoNormal">Booking for Kian below &ndash; the social worker has marked both answers on the police row, I have copied it as she sent it.</p>
<p class="MsoNormal"><b>Initial Child Protection Conference</b><br>Wednesday 16 December 2026 at 1pm &ndash; Dewsbury Town Hall, Committee Room 2<br>
Chair: Sarah Lockwood &nbsp; Social worker: Hannah Senior &nbsp; Category: Emotional abuse</p>
<p class="MsoNormal">Young person: Kian Blackburn, 14/05/2010, Thornhill Academy (on roll, not attending)<br>
Mother: Michelle Blackburn, 03/10/1986<br>Father: not known to the family</p>
{yn_table(rows)}
<p class="MsoNormal">Tariq Hussain<br>Conference and Review Team Business Support<br>Kirklees Council | 01484 221000</p>""")
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="kirklees", kind="initial", date="2026-12-16", time="13:00", tick=None, harm=["emotional"],
                      children=[("Kian Blackburn", "2010-05-14")], adults=["Michelle Blackburn"],
                      criteria=[], decision="discuss", flags_required=["tickbox_ambiguous"],
                      tags=["yes-no-grid", "both-columns", "cce-not-cse", "child-rui-as-suspect", "district-kirklees", "initial", "report-only-unsafe"],
                      notes="criminal exploitation (not CSE) and the young person's own arrest/RUI as a suspect (not abuse within the family) meet no criterion; both Yes and No are marked on the attendance row: tick null, ambiguous -> discuss (Wakefield rules for Kirklees)")
    return finish(c)


def c05():
    c = base("y-122-05-wakefield-review-numbered-yn-core-group", "wakefield", "Dominic Lister",
             "dominic.lister@wakefield.gov.uk", "RCPC - KAYE - Tue 02/02/2027 11:00", gmt(2027, 1, 15, 15, 30))
    c["text"] = ("Hello,\n\nReview conference for Olivia Kaye:\n\n"
                 "RCPC - Tuesday 2 February 2027 - 11:00 - Hemsworth One Stop Centre, Room 1\n"
                 "Chair: Katherine Noble. SW: Dominic Lister. CareDirector CD-455120. Category: Physical.\n\n"
                 "Olivia Kaye (DOB 03/03/2022)\n"
                 "Hayley Kaye, mother (DOB 17/01/1999)\n"
                 "Ben Kaye, father (DOB 25/05/1997) - living with paternal grandparents while the criminal case is heard\n\n"
                 "Police questions:\n"
                 "1. Is the police investigation still open?  Y - Mr Kaye was charged on 04/12/2026 with ABH on Olivia; trial listed for March 2027.\n"
                 "2. Are police members of the core group?  Y - PC Dawn Holroyd (Safeguarding Unit) has attended every core group and does joint visits with me.\n"
                 "3. Does the plan give the police actions?  Y - police to monitor Mr Kaye's bail conditions and report any breach to the SW.\n"
                 "4. Any CSE concerns?  N\n"
                 "5. Any new incidents since the ICPC?  N\n\n"
                 "Thanks,\nDominic\n\nDominic Lister | Social Worker | CP & Court Team | Wakefield Council\n")
    c["label"] = dict(district="wakefield", kind="review", date="2027-02-02", time="11:00", tick=None, harm=["physical"],
                      children=[("Olivia Kaye", "2022-03-03")], adults=["Hayley Kaye", "Ben Kaye"],
                      criteria=["core_group_member", "current_investigation"], decision="attend",
                      unscored_flags=["no_booking_form"],
                      tags=["yes-no-rows", "numbered", "district-wakefield", "review", "tick-absent", "core-group"],
                      notes="review: police are core group members with plan actions (Wakefield §5.1) -> attend; the prosecution of the father for ABH on Olivia is still live (charged, trial listed)")
    return finish(c)


def c06():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    docx_core(doc, "Natalie Firth", dt.datetime(2027, 1, 15, 16, 20), "Pre-birth conference request")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    doc.add_heading("City of Bradford MDC - Children's Social Care", level=2)
    doc.add_paragraph("Request for a Pre-birth Child Protection Conference")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Conference", "Pre-birth Initial Child Protection Conference"), ("Date", "Thursday 28 January 2027"),
                 ("Time", "2.00pm"), ("Venue", "Keighley Town Hall, Room 3"), ("Chair", "Rebecca Murgatroyd"),
                 ("Social worker", "Natalie Firth"), ("Category", "Physical"),
                 ("Unborn child", "Baby Sharpe (unborn), EDD 15/04/2027"), ("Mother", "Kayleigh Sharpe, 09/09/2001"),
                 ("Father", "Wayne Tordoff, 21/02/1985")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    doc.add_paragraph("")
    doc.add_paragraph("Police questions (Y / N)")
    q = doc.add_table(rows=1, cols=3)
    q.style = "Table Grid"
    q.rows[0].cells[0].text, q.rows[0].cells[1].text, q.rows[0].cells[2].text = "Question", "Y/N", "Comment"
    for a, b, cc in [
        ("Is either parent subject to a current police investigation?", "N", ""),
        ("Is any household member a registered sex offender?", "N", "Checked with the police offender management unit 12/01/2027."),
        ("Is any adult a Schedule 1 offender / person posing a risk to children?", "Y",
         "Mr Tordoff was convicted in 2009 of child cruelty towards his then partner's son (not this family). Sentence served; no offences since."),
        ("Domestic abuse with current police involvement?", "N", ""),
        ("CSE?", "N/A", ""),
        ("Has police protection been used?", "N", "Birth plan: if the parents try to take the baby from the ward against advice, staff will call the police."),
        ("Police attendance required?", "N", ""),
        ("Written report sufficient?", "Y", ""),
    ]:
        r = q.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, cc
    doc.add_paragraph("Reason for conference: Ms Sharpe is 27 weeks pregnant. Mr Tordoff's past conviction, Ms Sharpe's "
                      "care-leaver history and their unstable housing mean the baby may be at risk of physical harm.")
    buf = io.BytesIO()
    doc.save(buf)
    data = fix_docx(buf.getvalue())
    c = base("y-122-06-bradford-prebirth-docx-yn-schedule1-report-only", "bradford", "Natalie Firth",
             "natalie.firth@bradford.gov.uk", "Pre-birth conference request - SHARPE - 28/01/2027", gmt(2027, 1, 18, 14, 10))
    c["text"] = ("Good afternoon,\n\nPlease find attached the request for a pre-birth conference for Ms Sharpe's baby, "
                 "Thursday 28th January at 2pm in Keighley.\n\nKind regards\nNatalie Firth\nSocial Worker, Keighley "
                 "Children's Social Work Service\nCity of Bradford Metropolitan District Council\n")
    c["attachments"] = [("Pre-birth request SHARPE.docx",
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)]
    c["label"] = dict(district="bradford", kind="initial", pre_birth=True, date="2027-01-28", time="14:00", tick=False,
                      harm=["physical"], children=[("Baby Sharpe", None)], adults=["Kayleigh Sharpe", "Wayne Tordoff"],
                      criteria=["prior_unit_involvement"], decision="report_only",
                      tags=["yes-no-rows", "docx", "schedule-1-not-rso", "hypothetical-pp", "district-bradford", "pre-birth", "initial", "tick-report", "safe-report-only"],
                      notes="Schedule 1 / PPRC is not an RSO; the 2009 conviction is history (prior_unit_involvement only, which the Wakefield list Bradford follows does not include); police protection only hypothetical in the birth plan; written report sufficient -> report only")
    return finish(c, docx_texts(doc))


def c07():
    c = base("y-122-07-leeds-initial-cancelled-yn", "leeds", "Priya Bhogal", "priya.bhogal@leeds.gov.uk",
             "CANCELLED - ICPC 11/01/2027 - THACKRAY", gmt(2027, 1, 5, 11, 40))
    c["text"] = ("Hello,\n\nUpdate on the conference below.\n\n"
                 "Child: Lily-Mae Thackray (DOB 10/10/2018)\n"
                 "Mother: Courtney Thackray (DOB 02/03/2000)\n"
                 "Conference: Initial Child Protection Conference, Monday 11/01/2027, 10:00, Microsoft Teams\n\n"
                 "Is the conference going ahead?  N - CANCELLED\n"
                 "Reason:  Ms Thackray and Lily-Mae moved to Fife on 30/12/2026; Fife Council have accepted the case.\n"
                 "Is a police report still needed?  N\n"
                 "New date?  N/A\n\n"
                 "Apologies for any inconvenience.\n\n"
                 "Priya Bhogal\nIntegrated Safeguarding Unit | Children and Families | Leeds City Council\n")
    c["label"] = dict(district="leeds", kind="initial", date="2027-01-11", time="10:00", tick=None, harm=None,
                      children=[("Lily-Mae Thackray", "2018-10-10")], adults=["Courtney Thackray"], criteria=[],
                      decision="manual_review", flags_required=["cancelled"],
                      tags=["yes-no-rows", "cancellation", "district-leeds"],
                      notes="'Is the conference going ahead? N - CANCELLED': a cancellation -> manual_review with the cancelled flag")
    return finish(c)


CASES = [c01, c02, c03, c04, c05, c06, c07]

if __name__ == "__main__":
    for f in CASES:
        write_case(f())
