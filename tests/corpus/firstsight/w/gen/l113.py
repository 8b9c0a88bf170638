"""Layout 113: the invitation thread printed to PDF (Outlook 'Print to PDF' / webmail browser print)
attached to a one-line covering note."""
from reportlab.pdfgen import canvas  # noqa: F401  (reportlab used through PdfWriter)
from common import build_eml, text_part, mixed, attach_part, PdfWriter, write_case, TO, h

made = []


def print_thread(case_id, owner, msgs, style="outlook"):
    if style == "owa":
        pw = PdfWriter("Mail - " + owner + " - Outlook", owner, creator="Microsoft: Print To PDF",
                       header=msgs[0]["printed"] + "        Mail - " + owner + " - Outlook",
                       footer="https://outlook.office365.com/mail/inbox/id/AAQkADk" + h(case_id, "owa", n=30) + "%3D    {page}/2")
    else:
        pw = PdfWriter(msgs[0]["subject"], owner, creator="Microsoft® Outlook® for Microsoft 365", footer="{page}")
        pw.line(owner, bold=True, size=14, gap=12)
        pw.rule()
    first = True
    for m in msgs:
        if not first:
            pw.rule()
        if style == "owa" and first:
            pw.line(m["subject"], bold=True, size=13)
        for lab in ("From", "Sent", "To", "Cc", "Subject", "Attachments"):
            v = m.get(lab.lower())
            if v:
                pw.field(lab + ":", v, lw=80)
        pw.line("", gap=6)
        for para in m["body"]:
            if para == "":
                pw.line("", gap=6)
            else:
                pw.para(para)
        first = False
    return pw.bytes(), pw.texts


def case(cid, *, district, from_name, from_addr, subj, note, date_hdr, received, owner, msgs, style, pdfname, label, cjsm=False):
    pdfb, texts = print_thread(cid, owner, msgs, style)
    eml = build_eml(cid, from_name=from_name, from_addr=from_addr, to=TO[district], subject=subj, date_hdr=date_hdr,
                    received=received, cjsm=cjsm,
                    body=mixed(cid, text_part(note), [attach_part(pdfb, "application/pdf", pdfname)]))
    label["id"] = cid
    made.append(write_case(label, eml, [subj, note, pdfname] + texts))


# ------------------------------------------------------------------ 113-01 wakefield: chair negotiated with the DI
case("113-01", district="wakefield", from_name="Kirsty Lodge", from_addr="kirsty.lodge@wakefield.gov.uk",
     subj="FW: ICPC - SENIOR - 16/12/2026", note="Printout of the booking thread attached - Harley Senior ICPC 16/12.\n\nKirsty\n",
     date_hdr="Mon, 07 Dec 2026 12:20:40 +0000", received="Mon, 07 Dec 2026 12:21:19 +0000",
     owner="Lodge, Kirsty", style="outlook", pdfname="RE ICPC - SENIOR - 16-12-2026.pdf",
     msgs=[
         dict(**{
             "from": "Haigh, Lorna <lorna.haigh@wakefield.gov.uk>", "sent": "07 December 2026 11:58",
             "to": "Lodge, Kirsty; Mitchell, Ben", "subject": "RE: ICPC - SENIOR - 16/12/2026"},
             body=["Kirsty,", "",
                   "I spoke to DI Rachel Boyes at the Safeguarding Unit this morning. Given the knives found in Harley's "
                   "bedroom and what he has said about his stepdad, we agreed that police will attend this one rather than send "
                   "a report only. Please forward the booking to the CPPU so it can be allocated.", "",
                   "Lorna Haigh", "Child Protection Conference Chair | Safeguarding and Review Unit | Wakefield Council"]),
         dict(subject="ICPC - SENIOR - 16/12/2026", **{
             "from": "Mitchell, Ben <ben.mitchell@wakefield.gov.uk>", "sent": "04 December 2026 16:32",
             "to": "SRU Bookings", "cc": "Haigh, Lorna", "attachments": "Senior family genogram.pdf"},
             body=["Hi SRU,", "", "Please book an ICPC for Harley:", "",
                   "Date: Wednesday 16 December 2026, 10.00am, Wakefield One (Chair: Lorna Haigh)",
                   "Child: Harley Senior, born 22/10/2014, Outwood Academy Hemsworth",
                   "Mum: Toni Senior (31/01/1989). Stepdad: Marcus Bell (17/06/1986). Both live with Harley.",
                   "Category: Emotional abuse", "",
                   "Reason: Harley (12) has been found twice with kitchen knives under his mattress and told his head of year "
                   "he keeps them because he is scared of what Marcus will do when he has been drinking. He describes shouting "
                   "and doors being kicked in. Nobody has alleged a physical assault and there has been no police call-out. "
                   "Harley is refusing to go home some nights.", "",
                   "Police attendance required - No", "Written report sufficient - Yes", "",
                   "Thanks, Ben", "Ben Mitchell | Social Worker | Castleford & Normanton Safeguarding Team"]),
     ],
     label=dict(district="wakefield", kind="initial", kind_tag="icpc", short="outlook-print-chair-agreed-with-di",
                date="2026-12-16", time="10:00", tick=False, harm=["emotional"],
                children=[("Harley Senior", "2014-10-22")], adults=["Toni Senior", "Marcus Bell"],
                criteria=["negotiated_attendance"],
                evidence={"negotiated_attendance": ["we agreed that police will attend this one rather than send a report only"]},
                received_day="2026-12-07", expect="attend", unscored_flags=["no_booking_form"],
                tags=["pdf-printed-email", "outlook-print", "quoted-thread", "negotiated", "tick-report", "tickbox-conflict"],
                notes="the chair's reply at the top of the printed thread records agreement with the DI that police attend (W8) although the form below says a written report is sufficient -> attend"))

# ------------------------------------------------------------------ 113-02 leeds: OWA print, CSE, county lines about the brother
case("113-02", district="leeds", from_name="Joanne Whiteley", from_addr="joanne.whiteley@leeds.gov.uk",
     subj="KOWALCZYK ICPC 17/12 - see attached", note="See attached printout from the SW for the ICPC on 17/12.\n\nJo Whiteley | ISU | Leeds City Council\n",
     date_hdr="Tue, 08 Dec 2026 14:02:12 +0000", received="Tue, 08 Dec 2026 14:05:50 +0000",
     owner="Whiteley, Joanne", style="owa", pdfname="Mail - Whiteley, Joanne - Outlook.pdf",
     msgs=[
         dict(printed="08/12/2026, 13:58", subject="Sasha Kowalczyk - ICPC request", **{
             "from": "Sandhu, Amrit <amrit.sandhu@leeds.gov.uk>", "sent": "Tue 08/12/2026 12:47",
             "to": "ISU Conference Bookings <isu.conferences@leeds.gov.uk>"},
             body=["Hi ISU,", "",
                   "Can you book an ICPC for Sasha please - the chair (Deborah Kirk) has agreed Thursday 17/12/2026 at 11am at Merrion House.", "",
                   "Sasha Kowalczyk, DOB 18/04/2011, Co-op Academy Leeds. Lives with mum Agnieszka Kowalczyk (DOB 02/12/1984).", "",
                   "Why: Sasha has been picked up several times from a takeaway in Harehills by men in their twenties who give her "
                   "cannabis, vapes and lifts. She has told her youth worker one of them is her 'boyfriend'. The exploitation hub "
                   "scored her on 03/12/2026 as at significant risk of being sexually exploited. Her older brother (17) is "
                   "separately known for county lines running but that is a criminal exploitation matter for him, not Sasha.", "",
                   "Category: Sexual abuse", "",
                   "Amrit Sandhu", "Social Worker | Leeds Central Social Work Service"]),
         dict(subject="RE: Sasha - school update", **{
             "from": "Carr, Helen (DSL) <h.carr@coopacademyleeds.example.org.uk>", "sent": "Mon 07/12/2026 16:10",
             "to": "Sandhu, Amrit"},
             body=["Amrit - attendance is 71% this half term. Sasha has a new phone that mum did not buy her. Helen"]),
     ],
     label=dict(district="leeds", kind="initial", kind_tag="icpc", short="owa-print-cse-not-cce",
                date="2026-12-17", time="11:00", tick=None, harm=["sexual"],
                children=[("Sasha Kowalczyk", "2011-04-18")], adults=["Agnieszka Kowalczyk"],
                criteria=["child_sexual_exploitation"],
                evidence={"child_sexual_exploitation": ["scored her on 03/12/2026 as at significant risk of being sexually exploited"]},
                received_day="2026-12-08", expect="discuss", unscored_flags=["no_booking_form"],
                tags=["pdf-printed-email", "owa-browser-print", "cse", "cce-other-person", "tick-absent", "leeds-cse"],
                notes="CSE is a considered risk for Sasha (county lines is her brother's, not CSE); Leeds list has no CSE item -> discuss"))

# ------------------------------------------------------------------ 113-03 calderdale review: hypothetical in quoted reply
case("113-03", district="calderdale", from_name="Graham Riley", from_addr="graham.riley@calderdale.gov.uk",
     subj="RCPC RUSHWORTH 27/01/2027", note="Review conference details - printed thread attached.\n\nGraham Riley\nCP Admin Team | Calderdale MBC\n",
     date_hdr="Mon, 11 Jan 2027 10:05:05 +0000", received="Mon, 11 Jan 2027 10:06:44 +0000",
     owner="Riley, Graham", style="outlook", pdfname="RCPC RUSHWORTH 27-01-2027.pdf",
     msgs=[
         dict(**{
             "from": "Lumb, Sarah <sarah.lumb@calderdale.gov.uk>", "sent": "08 January 2027 15:44",
             "to": "Riley, Graham", "subject": "RE: RCPC RUSHWORTH"},
             body=["Graham - confirmed: first review for Mason Rushworth (DOB 06/06/2020) on Wednesday 27 January 2027 at 1.00pm, "
                   "Northgate House Room 2 and Teams. Chair Yvonne Pearson. Plan category neglect. Mum Kelly Rushworth will attend.", "",
                   "Since the ICPC the home has been kept clean, Mason is at nursery every day and Kelly has done all the work asked of her. "
                   "I'm likely to recommend a step down to child in need. Police have had no contact with the family - police "
                   "aren't in the core group and I don't think we need them there; a short report will be fine.", "",
                   "Sarah Lumb | Social Worker | Calderdale Children's Social Care"]),
         dict(**{
             "from": "Pearson, Yvonne <yvonne.pearson@calderdale.gov.uk>", "sent": "17 October 2026 12:01",
             "to": "Lumb, Sarah", "subject": "Rushworth - contingency"},
             body=["Sarah - as discussed at the ICPC, if there is ever another night when Mason is left alone in the house, "
                   "the contingency is that EDT would ask the police to consider using their powers of protection. Please make "
                   "sure Kelly understands that. Yvonne"]),
     ],
     label=dict(district="calderdale", kind="review", kind_tag="rcpc", short="outlook-print-hypothetical-pp",
                date="2027-01-27", time="13:00", tick=None, harm=["neglect"],
                children=[("Mason Rushworth", "2020-06-06")], adults=["Kelly Rushworth"],
                criteria=[], evidence={}, received_day="2027-01-11", expect="report_only", unscored_flags=["no_booking_form"],
                tags=["pdf-printed-email", "outlook-print", "review", "hypothetical-pp", "safe-report-only"],
                notes="review, no police contact, police not in the core group, SW says a short report will be fine; police protection appears only as a contingency in an October reply -> report only"))

# ------------------------------------------------------------------ 113-04 bradford transfer-in from Lancashire, arrest + bail
case("113-04", district="bradford", from_name="Wendy Sutcliffe", from_addr="wendy.sutcliffe@bradford.gov.uk",
     subj="Transfer In conference - KIRBY - Mon 21 Dec", note="Hi - printout of the transfer request thread attached.\n\nWendy\n",
     date_hdr="Thu, 10 Dec 2026 09:30:30 +0000", received="Thu, 10 Dec 2026 09:31:20 +0000",
     owner="Sutcliffe, Wendy", style="outlook", pdfname="Transfer In KIRBY.pdf",
     msgs=[
         dict(**{
             "from": "Sutcliffe, Wendy <wendy.sutcliffe@bradford.gov.uk>", "sent": "10 December 2026 09:12",
             "to": "Kelsall, Andrew", "subject": "RE: Transfer in - Kirby children"},
             body=["Andrew, the transfer-in conference is booked for Monday 21st December 2026 at 10.30am, Britannia House, "
                   "chair Ruth Ackerley. Police attendance: requested (as you asked). Wendy"]),
         dict(**{
             "from": "Kelsall, Andrew <andrew.kelsall@lancashire.gov.uk>", "sent": "08 December 2026 14:27",
             "to": "Bradford CP Conferences", "subject": "Transfer in - Kirby children",
             "attachments": "Kirby CP plan.pdf; Kirby ICPC minutes.pdf"},
             body=["Dear colleagues,", "",
                   "Kai Kirby (09/09/2018) and Skye Kirby (15/01/2022) have been on child protection plans in Lancashire "
                   "(physical abuse) since 02/11/2026. Their mother, Amber Kirby, moved with them to Keighley on 30/11/2026 "
                   "and we are requesting a transfer-in conference.", "",
                   "Their father, Jason Kirby, was arrested by Lancashire Police on 20/11/2026 for assaulting Kai (bruising to "
                   "his face and neck). He has been released on pre-charge bail with conditions not to contact Amber or the "
                   "children while the investigation continues. He is living in Burnley.", "",
                   "We would ask that West Yorkshire Police attend given the live investigation.", "",
                   "Andrew Kelsall", "Senior Social Worker, Lancashire County Council"]),
     ],
     label=dict(district="bradford", kind="transfer_in", kind_tag="transfer", short="outlook-print-lancashire-bail",
                date="2026-12-21", time="10:30", tick=True, harm=["physical"],
                children=[("Kai Kirby", "2018-09-09"), ("Skye Kirby", "2022-01-15")], adults=["Amber Kirby", "Jason Kirby"],
                criteria=["current_investigation"],
                evidence={"current_investigation": ["was arrested by Lancashire Police on 20/11/2026 for assaulting Kai",
                                                    "released on pre-charge bail"]},
                received_day="2026-12-10", expect="attend", unscored_flags=["no_booking_form"],
                tags=["pdf-printed-email", "outlook-print", "transfer-in", "other-force", "bail", "tick-attend", "bradford-wakefield-rules"],
                notes="transfer-in from Lancashire; father arrested and on pre-charge bail for assaulting Kai (current investigation, other force) -> attend under the Wakefield rules"))

# ------------------------------------------------------------------ 113-05 kirklees: tick requested, police reply 'no trace'
case("113-05", district="kirklees", from_name="Sue Dyson", from_addr="sue.dyson@kirklees.gov.uk",
     subj="ICPC 22/12/2026 - ARMITAGE", note="Please see attached - ICPC for Evie Armitage.\n\nSue Dyson, CP Conference Admin\n",
     date_hdr="Mon, 14 Dec 2026 11:00:00 +0000", received="Mon, 14 Dec 2026 11:01:00 +0000",
     owner="Dyson, Sue", style="outlook", pdfname="ICPC ARMITAGE 22-12-2026.pdf",
     msgs=[
         dict(**{
             "from": "Lister, Amy (DC) <amy.lister@westyorkshire.police.uk>", "sent": "11 December 2026 10:20",
             "to": "Firth, Naomi", "subject": "RE: ICPC request - Evie Armitage"},
             body=["Naomi, following the strategy discussion I've done the checks: no trace on our systems for either parent "
                   "and no police involvement with Evie. Regards, DC Amy Lister, Kirklees Safeguarding Unit"]),
         dict(**{
             "from": "Firth, Naomi <naomi.firth@kirklees.gov.uk>", "sent": "10 December 2026 17:05",
             "to": "CP Conference Service; Lister, Amy (DC)", "subject": "ICPC request - Evie Armitage"},
             body=["Conference: ICPC, Tuesday 22/12/2026, 10:00, Huddersfield Civic Centre 3, chair Matthew Crowther.",
                   "Child: Evie Armitage, DOB 02/11/2016. Parents: Rachel Armitage and Scott Armitage.",
                   "Category: Emotional abuse.", "",
                   "Evie has told school she wants to die and has cut her arms. Mum has severe depression and dad works away; "
                   "Evie has been left to care for mum for weeks at a time.", "",
                   "Police attendance required: YES - I would like police views on the online contact Evie has had with an unknown "
                   "adult, which is being looked at by the e-safety officer at school.", "",
                   "Naomi Firth, Social Worker, Kirklees Children and Families"]),
     ],
     label=dict(district="kirklees", kind="initial", kind_tag="icpc", short="outlook-print-no-trace-tick-attend",
                date="2026-12-22", time="10:00", tick=True, harm=["emotional"],
                children=[("Evie Armitage", "2016-11-02")], adults=["Rachel Armitage", "Scott Armitage"],
                criteria=[], evidence={}, received_day="2026-12-14", expect="discuss", unscored_flags=["no_booking_form"],
                tags=["pdf-printed-email", "outlook-print", "police-reply-in-thread", "no-trace", "strategy-discussion", "tick-attend"],
                notes="a police officer's reply in the thread says no trace and no police involvement; the SW asks for attendance -> discuss"))

# ------------------------------------------------------------------ 113-06 wakefield: the printed PDF is corrupt -> manual review
cid = "113-06"
pw = PdfWriter("ICPC HIRST", "Outlook")
pw.line("Ingham, Gillian", bold=True, size=14)
for i in range(30):
    pw.para("From: Hirst family SW. ICPC requested for 14/01/2027. Reason for conference and family details follow in the thread below. " * 2)
import io, zlib  # noqa: E401
full = pw.bytes()
# the 'printout' was saved while Outlook was still writing it: compressed streams cut short, no xref/trailer
raw = full.replace(b"stream\n", b"stream\n", 1)
from reportlab.pdfgen.canvas import Canvas  # noqa: F401
buf = io.BytesIO()
c = Canvas(buf, invariant=1, pageCompression=1)
from common import fonts  # noqa: E402
fonts()
c.setFont("DejaVu", 10)
for i in range(40):
    c.drawString(50, 800 - i * 18, "ICPC booking for the Hirst children - family details, reason and police section " + str(i))
c.showPage(); c.save()
bad = buf.getvalue()
bad = bad[: len(bad) // 3]
note = "ICPC printout for the Hirst children attached.\n\nGillian Ingham\nSafeguarding and Review Unit | Wakefield Council\n"
subj = "ICPC - HIRST"
eml = build_eml(cid, from_name="Gillian Ingham", from_addr="gillian.ingham@wakefield.gov.uk", to=TO["wakefield"], subject=subj,
                date_hdr="Tue, 05 Jan 2027 08:58:21 +0000", received="Tue, 05 Jan 2027 08:59:02 +0000",
                body=mixed(cid, text_part(note), [attach_part(bad, "application/pdf", "ICPC - HIRST.pdf")]))
made.append(write_case(dict(
    id=cid, district="wakefield", kind=None, kind_tag="icpc", short="printed-pdf-corrupt-note-only",
    date=None, time=None, tick=None, harm=None, children=None, adults=None, criteria=None, evidence={},
    manual=True, received_day="2027-01-05", no_deadlines=True,
    flags_required=["no_booking_form", "unreadable_attachment"],
    flags_forbidden=["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled", "unverified_sender"],
    tags=["pdf-printed-email", "corrupt-pdf", "covering-note-only", "manual-review"],
    notes="the printed-thread PDF is truncated and cannot be read; the one-line note gives no date, kind or family details -> manual_review (unreadable attachment with no booking form)",
), eml, [subj, note, "ICPC - HIRST.pdf"]))

# ------------------------------------------------------------------ 113-07 leeds review: police in the core group (OWA print)
case("113-07", district="leeds", from_name="Precious Mahlangu", from_addr="precious.mahlangu@leeds.gov.uk.cjsm.net",
     subj="RCPC THACKRAY 22.01.27", note="RCPC details attached (printed from the SW's email).\n\nPrecious Mahlangu | ISU\n",
     date_hdr="Sun, 10 Jan 2027 23:58:30 +0000", received="Mon, 11 Jan 2027 00:02:10 +0000", cjsm=True,
     owner="Mahlangu, Precious", style="owa", pdfname="Mail - Mahlangu, Precious - Outlook.pdf",
     msgs=[
         dict(printed="10/01/2027, 23:55", subject="Review conference Ava Thackray - 22nd Jan", **{
             "from": "Rawnsley, Tom <tom.rawnsley@leeds.gov.uk>", "sent": "Sun 10/01/2027 23:41",
             "to": "ISU Conference Bookings <isu.conferences@leeds.gov.uk>"},
             body=["Hello,", "",
                   "The review for Ava Thackray (27/03/2017) is on Friday 22nd January 2027 at 10.00am, Merrion House, "
                   "chair Hannah Brennan. Category physical. Mum Leanne Thackray, her partner Paul Gaunt.", "",
                   "Police update for the chair: PC Daniel Hurst from the Leeds safeguarding unit is a member of the core group "
                   "and does joint home visits with me every fortnight, as set out in the plan. Mr Gaunt is still on police bail "
                   "for the assault on Ava in September while the CPS decide on charge; the plan has police monitoring his bail "
                   "conditions (no unsupervised contact with Ava).", "",
                   "Tom Rawnsley", "Social Worker | Leeds East"]),
     ],
     label=dict(district="leeds", kind="review", kind_tag="rcpc", short="owa-print-core-group-bail-cjsm",
                date="2027-01-22", time="10:00", tick=None, harm=["physical"],
                children=[("Ava Thackray", "2017-03-27")], adults=["Leanne Thackray", "Paul Gaunt"],
                criteria=["core_group_member", "current_investigation"],
                evidence={"core_group_member": ["is a member of the core group and does joint home visits with me every fortnight"],
                          "current_investigation": ["Mr Gaunt is still on police bail for the assault on Ava in September"]},
                received_day="2027-01-11", expect="attend", unscored_flags=["no_booking_form"],
                tags=["pdf-printed-email", "owa-browser-print", "review", "core-group", "bail", "cjsm", "tick-absent", "sent-sunday-received-monday", "late-notice"],
                notes="review: police are core-group members with active joint visits (L4.8) -> attend; CJSM sender; Date header Sunday 23:58 but received Monday 00:02, so 9 working days' notice for a Leeds review (10 needed) -> late_notice"))

print("\n".join(made))
