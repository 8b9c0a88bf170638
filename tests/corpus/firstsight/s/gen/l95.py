"""Layout 95: revised and re-sent invitations (date/time/venue changes, v1+v2, disregard, cancel, resend)."""
import datetime as dt
import io
import zipfile

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from common import attach_bytes, build_label, make_message, recv, write_case

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def make_docx(title, rows, ticks, footer=None):
    d = docx.Document()
    d.core_properties.created = dt.datetime(2026, 12, 1, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2026, 12, 1, 9, 0, 0)
    d.core_properties.author = "Business Support"
    d.add_heading(title, 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    texts = [title]
    for k, v in rows:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
        texts += [k, v]
    p = d.add_paragraph()
    p.add_run("West Yorkshire Police:").bold = True
    texts.append("West Yorkshire Police:")
    for label, on in ticks:
        s = ("\u2612 " if on else "\u2610 ") + label
        d.add_paragraph(s)
        texts.append(s)
    if footer:
        d.add_paragraph(footer).runs[0].font.size = Pt(8)
        texts.append(footer)
    buf = io.BytesIO()
    d.save(buf)
    # normalise zip timestamps for a deterministic file
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue(), texts


def make_pdf(title, rows, ticks, banner=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    texts = []
    y = 800
    if banner:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, banner)
        texts.append(banner)
        y -= 18
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    texts.append(title)
    y -= 24
    for k, v in rows:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, k)
        c.setFont("Helvetica", 9)
        lines = [v[i:i + 80] for i in range(0, len(v), 80)] if len(v) > 80 else [v]
        # wrap on word boundaries
        import textwrap
        lines = textwrap.wrap(v, 78, break_on_hyphens=False) or [""]
        for j, ln in enumerate(lines):
            c.drawString(200, y - 12 * j, ln)
        texts += [k] + lines + ([" ".join(lines)] if len(lines) > 1 else [])
        y -= 12 * len(lines) + 8
    y -= 6
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "West Yorkshire Police (tick one)")
    texts.append("West Yorkshire Police (tick one)")
    y -= 16
    for label, on in ticks:
        c.rect(60, y - 2, 9, 9)
        if on:
            c.setLineWidth(1.2)
            c.line(60, y - 2, 69, y + 7)
            c.line(60, y + 7, 69, y - 2)
            c.setLineWidth(1)
        c.setFont("Helvetica", 9)
        c.drawString(76, y, label)
        texts.append(label)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue(), texts


R, S = "Police attendance required", "Written report sufficient"


def case(stem, *, district, sender, subject, received, body, atts, att_texts, meta, tags, notes):
    eml = make_message(stem, district, sender[0], sender[1], subject, received, [("plain", body)], atts)
    lab = build_label(received=received, source_texts=[subject, body] + att_texts, tags=tags, notes=notes, **meta)
    write_case(stem, eml, lab)


def build():
    # 01 Wakefield ICPC: REVISED date in the body, attached form still shows the old date
    rows = [("Type of conference", "Initial Child Protection Conference"), ("Date of conference", "08/01/2027"),
            ("Time", "10:00"), ("Venue", "Room 2.01, Wakefield One"),
            ("Child", "Maya Exley (DOB 18/04/2016)"), ("Mother", "Lauren Exley"), ("Mother's partner", "Kyle Fenton"),
            ("Category", "Physical abuse"),
            ("Reason", "Maya told her teacher that Kyle Fenton hit her with a belt; marks seen on her legs. Joint "
                       "investigation with West Yorkshire Police: Mr Fenton was arrested on 21/12/2026 and released "
                       "under investigation; he is not to stay at the address.")]
    pdf, t = make_pdf("CP CONFERENCE BOOKING FORM", rows, [(R, True), (S, False)], banner="OFFICIAL-SENSITIVE  |  Wakefield SRU")
    body = ("*** REVISED - DATE CHANGED ***\n\nPlease note the initial child protection conference for Maya Exley has "
            "been moved because the chair is unavailable. It will now take place on Tuesday 12 January 2027 at "
            "10:00 (previously Friday 8 January 2027), same venue.\n\nThe attached booking form still shows the "
            "original date - please go by the date in this email.\n\nSRU Business Support\nWakefield Council")
    case("s-95-01-wakefield-initial-revised-date-in-body-old-form",
         district="wakefield", sender=("SRU Business Support", "sru.support@wakefield.gov.uk"),
         subject="REVISED - date changed - ICPC EXLEY now 12/01/2027", received=recv("2027-01-05 11:00"),
         body=body, atts=[attach_bytes(pdf, "Booking form EXLEY.pdf", "application", "pdf")], att_texts=t + ["Booking form EXLEY.pdf"],
         meta=dict(district="wakefield", kind="initial", pre_birth=False, date="2027-01-12", time="10:00", tick=True,
                   harm=["physical"], children=[("Maya Exley", "2016-04-18")], adults=["Lauren Exley", "Kyle Fenton"],
                   criteria=["current_investigation"], decision="attend", flags_required=["rescheduled"]),
         tags=["revised", "date-changed", "body-overrides-form", "district-wakefield", "initial"],
         notes="new date in the body governs over the old date in the form; RUI = current investigation -> attend")

    # 02 Leeds RCPC: v1 and v2 attached, time change only
    base = [("Conference", "Review Child Protection Conference"), ("Date", "Thursday 21 January 2027"),
            ("Venue", "Armley One Stop Centre"),
            ("Children", "Amelia Walsh 10/10/2014; Harry Walsh 24/12/2016; Jack Walsh 15/03/2019"),
            ("Parents / carers", "Claire Walsh (mother); Martin Walsh (father); Susan Walsh (paternal grandmother, daytime carer)"),
            ("Plan category", "Neglect"),
            ("Police involvement", "None since the initial conference; police are not members of the core group.")]
    v1, t1 = make_docx("RCPC invitation - WALSH (v1)", base[:2] + [("Time", "13:30")] + base[2:], [(R, False), (S, True)])
    v2, t2 = make_docx("RCPC invitation - WALSH (v2)", base[:2] + [("Time", "10:00")] + base[2:], [(R, False), (S, True)],
                       footer="v2 - time amended 23/12/2026")
    body = ("Hello,\n\nPlease use v2 of the invitation (attached with v1 for reference): the review conference for the "
            "Walsh children on Thursday 21 January 2027 now starts at 10:00 am instead of 1.30pm. The date is "
            "unchanged.\n\nThanks\nISU Leeds")
    case("s-95-02-leeds-review-v1-v2-time-change-report-only",
         district="leeds", sender=("ISU Leeds", "isu.conferences@leeds.gov.uk"),
         subject="v2 - RCPC WALSH 21/01/2027 - time change", received=recv("2026-12-23 14:00"), body=body,
         atts=[attach_bytes(v1, "RCPC invitation WALSH v1.docx", *DOCX), attach_bytes(v2, "RCPC invitation WALSH v2.docx", *DOCX)],
         att_texts=t1 + t2 + ["RCPC invitation WALSH v1.docx", "RCPC invitation WALSH v2.docx"],
         meta=dict(district="leeds", kind="review", pre_birth=False, date="2027-01-21", time="10:00", tick=False,
                   harm=["neglect"], children=[("Amelia Walsh", "2014-10-10"), ("Harry Walsh", "2016-12-24"), ("Jack Walsh", "2019-03-15")],
                   adults=["Claire Walsh", "Martin Walsh", "Susan Walsh"], criteria=[], decision="report_only",
                   unscored=["rescheduled"]),
         tags=["revised", "v1-v2", "time-change-only", "district-leeds", "review"],
         notes="v2 governs: 10:00; review with nothing for police -> report_only; 'rescheduled' not scored (time only)")

    # 03 Calderdale ICPC: please disregard the previous form; new form ticks attendance, agreed with DS
    common = [("Conference type", "Initial"), ("Date", "14/01/2027"), ("Time", "13:00"), ("Venue", "Northgate House, Halifax"),
              ("Children", "Ethan Holroyd (30/01/2013), Lacey Holroyd (09/09/2015)"),
              ("Adults", "Nicola Holroyd (mother), Darren Kay (mother's partner)"), ("Category", "Physical abuse")]
    old, to = make_pdf("CONFERENCE NOTIFICATION (issued 04/01/2027)",
                       common + [("Reason", "Ethan has had repeated injuries at home that the adults explain as accidents.")],
                       [(R, False), (S, True)])
    new, tn = make_pdf("CONFERENCE NOTIFICATION - AMENDED 06/01/2027",
                       common + [("Reason", "Ethan has had repeated injuries at home that the adults explain as accidents. "
                                            "Following a conversation between the chair (Deborah Lee) and DS Mark Whiteley of "
                                            "the Safeguarding Unit, it has been agreed that police will attend this conference.")],
                       [(R, True), (S, False)])
    body = ("Dear all\n\nPlease disregard the previous notification form sent on 04/01/2027 and use the amended "
            "form attached (both are attached so you can see the change). The date, time and venue have not "
            "changed.\n\nChild Protection Administration\nCalderdale Council")
    case("s-95-03-calderdale-initial-disregard-previous-form-negotiated",
         district="calderdale", sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
         subject="AMENDED: ICPC HOLROYD 14/01/2027 - please disregard previous form", received=recv("2027-01-07 10:00"),
         body=body, atts=[attach_bytes(old, "Notification HOLROYD 04-01-2027.pdf", "application", "pdf"),
                          attach_bytes(new, "Notification HOLROYD AMENDED 06-01-2027.pdf", "application", "pdf")],
         att_texts=to + tn + ["Notification HOLROYD 04-01-2027.pdf", "Notification HOLROYD AMENDED 06-01-2027.pdf"],
         meta=dict(district="calderdale", kind="initial", pre_birth=False, date="2027-01-14", time="13:00", tick=True,
                   harm=["physical"], children=[("Ethan Holroyd", "2013-01-30"), ("Lacey Holroyd", "2015-09-09")],
                   adults=["Nicola Holroyd", "Darren Kay"], criteria=["negotiated_attendance"], decision="attend"),
         tags=["revised", "disregard-previous", "old-and-new-attached", "district-calderdale", "initial"],
         notes="amended form governs: chair and DS agreed police attend -> attend; the old form's 'report sufficient' is superseded")

    # 04 Kirklees ICPC: venue changed to virtual; Schedule 1 grandfather (not an RSO)
    rows = [("Conference", "Initial Child Protection Conference"), ("Date", "Wednesday 16/12/2026"), ("Time", "10:00"),
            ("Venue", "Huddersfield Civic Centre 1, Room 4"), ("Child", "Sienna Brook, DOB 14/02/2018"),
            ("Mother", "Hayley Brook"), ("Father", "Jordan Lister"), ("Maternal grandfather", "Keith Brook"),
            ("Category", "Emotional abuse"),
            ("Reason", "Sienna is exposed to her parents' conflict over contact. Her maternal grandfather, who looks "
                       "after her two days a week, is a Schedule 1 offender (1998 conviction for cruelty to a child); he "
                       "is not a registered sex offender. No current police involvement.")]
    d, t = make_docx("Kirklees - Child Protection Conference booking", rows, [(R, False), (S, True)])
    body = ("CHANGE OF VENUE ONLY\n\nThe ICPC for Sienna Brook on Wednesday 16 December 2026 at 10:00 will now be held "
            "virtually on Microsoft Teams instead of at the Civic Centre. A Teams link will follow. Date and time are "
            "unchanged. The original booking form is attached again for reference.\n\nConference and Review Service\nKirklees Council")
    case("s-95-04-kirklees-initial-venue-now-virtual-schedule1-report-only",
         district="kirklees", sender=("Conference and Review Service", "conference.service@kirklees.gov.uk"),
         subject="Venue change - ICPC BROOK 16/12/2026 now on Teams", received=recv("2026-12-07 09:10"), body=body,
         atts=[attach_bytes(d, "Booking BROOK.docx", *DOCX)], att_texts=t + ["Booking BROOK.docx"],
         meta=dict(district="kirklees", kind="initial", pre_birth=False, date="2026-12-16", time="10:00", tick=False,
                   harm=["emotional"], children=[("Sienna Brook", "2018-02-14")],
                   adults=["Hayley Brook", "Jordan Lister", "Keith Brook"], criteria=[], decision="report_only"),
         tags=["revised", "venue-to-virtual", "district-kirklees", "initial", "trap-schedule-1"],
         notes="venue change is not a reschedule; Schedule 1 offender is not an RSO; no criterion and report ticked -> report_only")

    # 05 Bradford pre-birth ICPC: re-sent unchanged (still an invitation)
    rows = [("Conference", "Pre-birth Initial Child Protection Conference"), ("Date", "18/01/2027"), ("Time", "1.30pm"),
            ("Venue", "Britannia House, Bradford"), ("Unborn", "Baby Iqbal, EDD 28/03/2027"),
            ("Mother", "Saima Iqbal"), ("Father", "Faisal Iqbal"), ("Category", "Emotional abuse"),
            ("Reason", "On 02/01/2027 Mr Iqbal assaulted Ms Iqbal, who is 29 weeks pregnant. He was arrested and is on "
                       "police bail not to contact her; the DA officer is working with her and the case is listed for "
                       "MARAC on 12/01/2027.")]
    d, t = make_docx("Bradford Children's Services - CP Conference Invitation", rows, [(R, True), (S, False)])
    body = ("RESENDING - the CPPU told us this did not arrive. Nothing has changed: pre-birth ICPC for baby Iqbal on "
            "Monday 18 January 2027 at 1.30pm, Britannia House.\n\n"
            "-----Original Message-----\nFrom: Conference Booking\nSent: 06 January 2027 15:12\n"
            "Subject: Pre-birth ICPC IQBAL 18/01/2027\n\nPlease find the invitation attached.\n\n"
            "Conference Booking, Bradford Children's Services")
    case("s-95-05-bradford-prebirth-resent-unchanged-domestic-abuse",
         district="bradford", sender=("Conference Booking", "cp.bookings@bradford.gov.uk"),
         subject="RESENT: Pre-birth ICPC IQBAL 18/01/2027", received=recv("2027-01-13 09:00"), body=body,
         atts=[attach_bytes(d, "Invitation IQBAL.docx", *DOCX)], att_texts=t + ["Invitation IQBAL.docx"],
         meta=dict(district="bradford", kind="initial", pre_birth=True, date="2027-01-18", time="13:30", tick=True,
                   harm=["emotional"], children=[("Baby Iqbal", None)], adults=["Saima Iqbal", "Faisal Iqbal"],
                   criteria=["domestic_abuse_current_involvement"], decision="attend"),
         tags=["resent-unchanged", "district-bradford", "pre-birth", "report-due-on-day-received"],
         notes="a re-send is still an invitation (not rescheduled); DA with bail, DA officer, MARAC -> attend; notice counted from the resend")

    # 06 Leeds ICPC: cancelled ("please disregard the invitation")
    body = ("Dear colleagues\n\nPlease disregard the invitation sent on 04/12/2026. The initial child protection "
            "conference for Tyler Barraclough (DOB 09/09/2019) on Tuesday 15/12/2026 at 10:00 will not now go ahead: "
            "the family moved to Sheffield last week and the case is being transferred to Sheffield Children's "
            "Services.\n\nThe conference is cancelled; no report is needed.\n\nISU Leeds")
    case("s-95-06-leeds-initial-disregard-invitation-cancelled",
         district="leeds", sender=("ISU Leeds", "isu.conferences@leeds.gov.uk"),
         subject="CANCELLED - ICPC BARRACLOUGH 15/12/2026", received=recv("2026-12-10 16:00"), body=body,
         atts=[], att_texts=[],
         meta=dict(district="leeds", kind="initial", pre_birth=False, date="2026-12-15", time="10:00", tick=None,
                   harm=None, children=[("Tyler Barraclough", "2019-09-09")], adults=None, criteria=None,
                   decision="manual_review", flags_required=["cancelled"], deadlines=False,
                   unscored=["missing_reason", "missing_family_details", "no_booking_form"]),
         tags=["cancelled", "district-leeds", "initial"],
         notes="the email says the conference is cancelled -> manual_review with cancelled")

    # 07 Wakefield RCPC: brought forward, both forms attached; report deadline already passed
    base = [("Conference", "Review CPC"), ("Children", "Olivia Senior (11/11/2017); Mason Senior (04/04/2021)"),
            ("Parents", "Kerry Senior (mother); Lewis Senior (father)"), ("Venue", "Room 1.10, Wakefield One"),
            ("Category", "Neglect")]
    v1, t1 = make_docx("Review conference booking - SENIOR", base + [("Date", "03/02/2027"), ("Time", "10:00"),
                       ("Notes", "Routine six-month review.")], [(R, False), (S, True)])
    v2, t2 = make_docx("Review conference booking - SENIOR - REVISED", base + [("Date", "20/01/2027"), ("Time", "13:00"),
                       ("Notes", "Review brought forward by the chair: mother has relapsed into heroin use and the children "
                                 "were found unsupervised on 14/01/2027. Police attendance would be helpful.")],
                       [(R, True), (S, False)])
    body = ("Hi\n\nREVISED DATE: the review conference for Olivia and Mason Senior has been brought forward to "
            "Wednesday 20 January 2027 at 1pm (it was 3 February). The revised booking form is attached together "
            "with the original.\n\nApologies for the short notice.\nSRU, Wakefield Council")
    case("s-95-07-wakefield-review-brought-forward-deadline-passed",
         district="wakefield", sender=("Safeguarding and Review Unit", "sru@wakefield.gov.uk"),
         subject="REVISED DATE - RCPC SENIOR now Wed 20/01/2027", received=recv("2027-01-18 09:40"), body=body,
         atts=[attach_bytes(v1, "RCPC SENIOR original.docx", *DOCX), attach_bytes(v2, "RCPC SENIOR revised.docx", *DOCX)],
         att_texts=t1 + t2 + ["RCPC SENIOR original.docx", "RCPC SENIOR revised.docx"],
         meta=dict(district="wakefield", kind="review", pre_birth=False, date="2027-01-20", time="13:00", tick=True,
                   harm=["neglect"], children=[("Olivia Senior", "2017-11-11"), ("Mason Senior", "2021-04-04")],
                   adults=["Kerry Senior", "Lewis Senior"], criteria=[], decision="discuss", flags_required=["rescheduled"]),
         tags=["revised", "brought-forward", "old-and-new-attached", "district-wakefield", "review", "deadline-passed"],
         notes="revised form asks for police -> review discuss; report due 15/01 before receipt 18/01 -> deadline_passed")
