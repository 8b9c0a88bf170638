"""Layout 81: forms inside containers (winmail.dat TNEF, zip with folders, zip inside a forwarded message)."""
import datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from common import *
from fmt import *

SIG_WAK = ("Safeguarding and Review Unit | Children and Young People's Service | Wakefield Council\n"
           "This message may contain personal data. If you are not the intended recipient please delete it and tell the sender.")


def c01():
    case = "q-81-01-wakefield-icpc-winmail-docx-investigation"
    T = Texts()
    subj = T.add("OFFICIAL-SENSITIVE ICPC 14/12/2026 - GREENWOOD")
    body = T.add("Morning,\n\nICPC booking attached for Isla-Mae and Tommy GREENWOOD. Conference is Monday 14th December 2026, 1.30pm, "
                 "Room 2 Castleford Civic Centre.\n\nIf the attachment shows as winmail.dat please let me know and I will resend as a PDF.\n\n"
                 "Thanks\nJoanne Scargill\nCP Conference Coordinator\n" + SIG_WAK)
    doc = new_docx()
    dpara(doc, T, "OFFICIAL-SENSITIVE", bold=True)
    dpara(doc, T, "WAKEFIELD CHILDREN'S SOCIAL CARE - CONFERENCE BOOKING FORM (ICPC / RCPC)", bold=True, size=12)
    dtable(doc, T, [
        ["Conference type", "Initial Child Protection Conference"],
        ["Date / time", "14/12/2026 at 13:30"],
        ["Venue", "Room 2, Castleford Civic Centre"],
        ["Chair", "Margaret Ibbotson"],
        ["Social worker / team", "Priya Lockwood, Five Towns Assessment Team"],
        ["CareDirector no.", "CD771045"],
        ["Category requested", "Sexual abuse"],
    ], bold_first_col=True)
    dpara(doc, T, "Children", bold=True)
    dtable(doc, T, [["Forename(s)", "Surname", "DOB", "Gender", "School"],
                    ["Isla-Mae", "Greenwood", "14/05/2016", "F", "Redhill Junior School"],
                    ["Tommy", "Greenwood", "02/09/2019", "M", "Redhill Infants"]], bold_first_row=True)
    dpara(doc, T, "Significant adults", bold=True)
    dtable(doc, T, [["Name", "Relationship", "DOB", "Address"],
                    ["Danielle Greenwood", "Mother", "19/08/1991", "14 Lumley Walk, Castleford"],
                    ["Kieran Fothergill", "Mother's partner (lives at address until 01/12/2026)", "03/02/1989", "No fixed abode - bail address in Pontefract"]],
           bold_first_row=True)
    dpara(doc, T, "Reason for conference", bold=True)
    dpara(doc, T, "On 30/11/2026 Isla-Mae told her teacher that Kieran comes into her bedroom at night and touches her. "
                  "Strategy discussion held the same day and a joint s47 enquiry is being carried out with the Police Child and Public Protection Unit.")
    dpara(doc, T, "Mr Fothergill was arrested on 01/12/2026, interviewed under caution and bailed with conditions not to contact either child. "
                  "Isla-Mae's ABE interview took place on 02/12/2026; the police investigation is ongoing.")
    dpara(doc, T, "Maternal grandfather lives in Scarborough and is on the sex offenders register from a 2004 conviction; he has had no contact with Danielle or the children since 2009.")
    dpara(doc, T, "Police (CPPU) - please mark one", bold=True)
    dpara(doc, T, "[X] Attendance at conference required")
    dpara(doc, T, "[  ] Written report will be sufficient")
    dpara(doc, T, "Form completed by Priya Lockwood 04/12/2026")
    form = docx_bytes(doc)
    T.add("Booking form GREENWOOD ICPC.docx")
    win = tnef(subj, body, [("Booking form GREENWOOD ICPC.docx", form)], when=(2026, 12, 7, 10, 5, 0))
    msg = mixed(text_part(body), attach_bytes(win, "application/ms-tnef", "winmail.dat"))
    rec = dt.datetime(2026, 12, 7, 10, 14, 22)
    headers(msg, case=case, sender="Joanne Scargill <joanne.scargill@wakefield.gov.uk>", to=MAILBOX["wakefield"],
            subject=subj, received=rec, extra={"X-MS-Has-Attach": "yes", "X-MS-TNEF-Correlator": "<00000000B7E1@EXCH02>"})
    lab = label(district="wakefield", kind="initial", date="2026-12-14", time="13:30", tick="attend", harm=["sexual"],
                children=[("Isla-Mae Greenwood", "2016-05-14"), ("Tommy Greenwood", "2019-09-02")],
                adults=["Danielle Greenwood", "Kieran Fothergill"], criteria=["current_investigation"], decision="attend",
                received=rec, texts=T, tags=["tnef-winmail", "docx-inside-tnef", "trap-rso-outside-household"],
                notes="current joint s47 with arrest/bail/ABE (Wakefield item 1); the grandfather RSO has no association with the household")
    return case, msg, lab


def c02():
    case = "q-81-02-leeds-icpc-zip-folders-da-late"
    T = Texts()
    subj = T.add("ICPC pack - HARRISON - 30.12.26")
    body = T.add("Hi CPPU\n\nSorry for the short notice over Christmas - the chair has agreed the ICPC has to go ahead on the 30th. "
                 "Zipped pack attached (booking request, one sheet per child, background). Chair is Rehana Mahmood.\n\n"
                 "Ta\nLuke Oldroyd\nISU Business Support, Leeds City Council\n0113 378 0000")
    p = Pdf(T, title="ICPC Booking Request")
    p.line("OFFICIAL-SENSITIVE", "Helvetica-Bold", 9)
    p.line("LEEDS INTEGRATED SAFEGUARDING UNIT", "Helvetica-Bold", 13)
    p.line("Request to book an Initial Child Protection Conference", "Helvetica", 11)
    p.space()
    p.table([["Requested date", "Wednesday 30 December 2026"], ["Start", "10.00"], ["Where", "Merrion House, Room 6.12 and Teams"],
             ["Mosaic case number", "M-2290417"], ["Category", "Emotional abuse"],
             ["Children", "2 - see child sheets in folder 02"], ["Adults in household", "Stacey Walsh (mother)"],
             ["Other significant adults", "Craig Harrison (father, not living at the address)"]], [160, 330], bold_first_col=True)
    p.space()
    p.line("Why is a conference needed?", "Helvetica-Bold", 10)
    p.para("Reece and Lacey were present on 12/12/2026 when their father Craig Harrison strangled their mother in the kitchen. "
           "Mr Harrison was arrested and charged with non-fatal strangulation; he is on court bail with conditions not to enter Seacroft Crescent or contact Ms Walsh.")
    p.para("The case was heard at MARAC on 17/12/2026. The Leeds DV co-ordinator for the east wedge has current direct involvement and is holding the safety plan together with the police domestic abuse officer.")
    p.para("Ms Walsh's brother, who lives in Hull, is a Schedule 1 offender; he has no contact with the family.")
    p.space()
    p.line("Police - what do you need from us?", "Helvetica-Bold", 10)
    p.line("Written report sufficient: YES")
    p.line("Officer to attend conference: NO")
    p.line("Requested by: Hannah Pybus, social worker, 21/12/2026")
    form = p.bytes()
    kids = []
    for n, (fn, ln, dob, sch, note) in enumerate([
            ("Reece", "Harrison", "07/06/2015", "Parklands Primary", "Reece is withdrawn at school and has told staff he 'has to look after mum'."),
            ("Lacey", "Harrison", "22/01/2021", "Little Acorns Nursery", "Lacey's speech is delayed; nursery report she startles at raised voices.")], 1):
        q = Pdf(T, title="Child sheet")
        q.line("CHILD SHEET %d of 2" % n, "Helvetica-Bold", 12)
        q.table([["Name", "%s %s" % (fn, ln)], ["Date of birth", dob], ["Setting", sch], ["Lives with", "Stacey Walsh (mother)"],
                 ["Notes", note]], [130, 360], bold_first_col=True)
        kids.append(("02 Children/Child %d - %s %s.pdf" % (n, fn, ln), q.bytes()))
    bg = T.add("Background summary (social worker)\r\n\r\n2019 - first police call-out to the address, verbal argument, no offences.\r\n"
               "2024 - Ms Walsh disclosed controlling behaviour to her GP.\r\n12/12/2026 - strangulation incident, see booking request.\r\n")
    z = zip_bytes([("01 Booking/", b""), ("01 Booking/ICPC Booking Request - Harrison.pdf", form), ("02 Children/", b"")] + kids +
                  [("03 Background/", b""), ("03 Background/background.txt", bg.encode("cp1252"))])
    T.add("HARRISON ICPC pack.zip")
    msg = mixed(text_part(body), attach_bytes(z, "application/x-zip-compressed", "HARRISON ICPC pack.zip"))
    rec = dt.datetime(2026, 12, 23, 14, 5, 40)
    headers(msg, case=case, sender="Luke Oldroyd <luke.oldroyd@leeds.gov.uk>", to=MAILBOX["leeds"], subject=subj, received=rec)
    lab = label(district="leeds", kind="initial", date="2026-12-30", time="10:00", tick="report", harm=["emotional"],
                children=[("Reece Harrison", "2015-06-07"), ("Lacey Harrison", "2021-01-22")],
                adults=["Stacey Walsh", "Craig Harrison"], criteria=["domestic_abuse_current_involvement"], decision="attend",
                received=rec, texts=T, tags=["zip-folders", "pdf-inside-zip", "one-sheet-per-child", "bank-holidays", "trap-schedule1"],
                notes="serious DA with bail conditions, MARAC and DV co-ordinator involvement (Leeds item 5); tick says report only -> tickbox_conflict; "
                      "3 working days' notice over Christmas (25, 28 Dec bank holidays) is late for Leeds (5)")
    return case, msg, lab


def c03():
    case = "q-81-03-calderdale-icpc-fwd-zip-cse"
    T = Texts()
    inner_body = T.add("Hiya,\n\nAs discussed, zip attached with the conference referral and the exploitation screening for Chloe. "
                       "Could you book the ICPC for Tuesday 22nd December please, 10am at Northgate House.\n\n"
                       "Cheers\nAmy Sunderland\nSocial Worker, Calderdale Safeguarding and Assessment")
    doc = new_docx(font="Calibri", size=11)
    dpara(doc, T, "Calderdale Children and Young People's Services", bold=True)
    dpara(doc, T, "REFERRAL FOR INITIAL CHILD PROTECTION CONFERENCE", bold=True, size=13)
    dtable(doc, T, [["Proposed conference date", "22.12.2026", "Time", "10:00"],
                    ["Venue", "Northgate House, Halifax", "LCS ref", "LCS410928"],
                    ["Category", "Sexual abuse (risk of CSE)", "Chair", "Independent Reviewing Officer - Gareth Holroyd"]])
    dpara(doc, T, "Family composition", bold=True)
    dtable(doc, T, [["Name", "D.O.B.", "Relationship", "Address"],
                    ["Chloe Barraclough", "09/03/2012", "Subject child", "7 Tenterfield Rise, Halifax"],
                    ["Jordan Barraclough", "30/10/2009", "Subject child (brother)", "7 Tenterfield Rise, Halifax"],
                    ["Nicola Barraclough", "12/12/1985", "Mother", "7 Tenterfield Rise, Halifax"]])
    dpara(doc, T, "Reasons for requesting conference", bold=True)
    dpara(doc, T, "Chloe has been reported missing five times since September and has been found twice in cars with adult men she met online. "
                  "Sexual exploitation is considered a significant risk for Chloe - the CSE risk assessment tool was completed on 25/11/2026 and scored high.")
    dpara(doc, T, "Jordan has been stopped in Bradford carrying cash and phones; the concern for Jordan is criminal exploitation (county lines) rather than sexual exploitation.")
    dpara(doc, T, "Mother is struggling to maintain boundaries and has asked for help.")
    dpara(doc, T, "Police attendance (SGU to confirm)", bold=True)
    dpara(doc, T, "\u2610 Police attendance required     \u2610 Written police report sufficient")
    doc1 = docx_bytes(doc)
    d2 = new_docx(font="Calibri", size=11)
    dpara(d2, T, "Exploitation screening summary - Chloe Barraclough", bold=True)
    dtable(d2, T, [["Indicator", "Present?"], ["Going missing", "Yes"], ["Older boyfriend / adults", "Yes"],
                   ["Unexplained gifts / phone", "Yes"], ["Sexual health concerns", "Not known"]], bold_first_row=True)
    z = zip_bytes([("Barraclough/", b""), ("Barraclough/ICPC referral - Barraclough.docx", doc1),
                   ("Barraclough/Exploitation screening - Chloe.docx", docx_bytes(d2))])
    T.add("Barraclough conference docs.zip")
    inner = mixed(text_part(inner_body), attach_bytes(z, "application/zip", "Barraclough conference docs.zip"))
    isubj = T.add("conference referral Barraclough")
    inner["From"] = "Amy Sunderland <amy.sunderland@calderdale.gov.uk>"
    inner["To"] = "CP Admin <cp.admin@calderdale.gov.uk>"
    inner["Subject"] = isubj
    inner["Date"] = "Mon, 07 Dec 2026 16:48:02 +0000"
    inner["Message-ID"] = msgid(case + "inner", "calderdale.gov.uk")
    outer_body = T.add("Please see below / attached - ICPC booked for 22/12/2026 at 10:00, Northgate House. "
                       "Forwarded for SGU supervision to consider attendance.\n\nKaren Whiteley\nChild Protection Administration, Calderdale Council")
    subj = T.add("FW: conference referral Barraclough")
    msg = mixed(text_part(outer_body), rfc822(inner))
    rec = dt.datetime(2026, 12, 8, 9, 2, 11)
    headers(msg, case=case, sender="Karen Whiteley <karen.whiteley@calderdale.gov.uk>", to=MAILBOX["calderdale"], subject=subj, received=rec)
    lab = label(district="calderdale", kind="initial", date="2026-12-22", time="10:00", tick="neither", harm=["sexual"],
                children=[("Chloe Barraclough", "2012-03-09"), ("Jordan Barraclough", "2009-10-30")],
                adults=["Nicola Barraclough"], criteria=["child_sexual_exploitation"], decision="discuss",
                received=rec, texts=T, tags=["forward-rfc822", "zip-inside-forward", "docx-inside-zip", "trap-cce"],
                notes="CSE is a considered risk for Chloe; Calderdale lists no CSE item -> discuss (POLICY choice); Jordan's county lines is CCE not CSE; neither box ticked")
    return case, msg, lab


def c04():
    case = "q-81-04-kirklees-rcpc-winmail-pdf-report-only"
    T = Texts()
    subj = T.add("Review Child Protection Conference - KAYE - 07/01/2027")
    body = T.add("Good afternoon,\n\nPlease find attached an invitation to the review conference for Maisie and Alfie Kaye.\n\n"
                 "Kind regards,\nNadine Booth\nConference and Review Service, Kirklees Council")
    p = Pdf(T, title="RCPC invitation")
    p.line("Kirklees Council - Conference and Review Service", "Helvetica-Bold", 12)
    p.line("Civic Centre 1, High Street, Huddersfield HD1 2NF", "Helvetica", 9)
    p.space(10)
    p.line("Dear Colleague", "Helvetica", 10)
    p.para("RE: REVIEW CHILD PROTECTION CONFERENCE - MAISIE KAYE (DOB 09/03/2020) AND ALFIE KAYE (DOB 27/11/2022)")
    p.para("You are invited to the first review conference for the above children, to be held on Thursday 7 January 2027 at 2.00 pm "
           "at Dewsbury Town Hall, Committee Room B. Parents: Jodie Kaye (mother) and Liam Kaye (father), both at 31 Owl Lane, Dewsbury.")
    p.para("The children have been subject to child protection plans under the category of Neglect since the initial conference on 08/10/2026. "
           "Home conditions and school attendance have improved; health appointments are being kept.")
    p.para("West Yorkshire Police are not members of the core group. There have been no police call-outs to the family address since the initial conference. "
           "A written update from police records is requested as usual.")
    p.para("Please send reports to the Conference and Review Service at least three working days before the conference.")
    p.line("Yours faithfully", "Helvetica", 10)
    p.line("Stephen Haigh, Independent Reviewing Officer", "Helvetica", 10)
    pdf = p.bytes()
    win = tnef(subj, body, [("RCPC invitation - Kaye.pdf", pdf)], when=(2026, 12, 10, 15, 30, 0))
    msg = mixed(text_part(body), attach_bytes(win, "application/ms-tnef", "winmail.dat"))
    T.add("RCPC invitation - Kaye.pdf")
    rec = dt.datetime(2026, 12, 10, 15, 41, 9)
    headers(msg, case=case, sender="Nadine Booth <nadine.booth@kirklees.gov.uk.cjsm.net>", to=MAILBOX["kirklees"], subject=subj,
            received=rec, relay="relay.cjsm.net")
    lab = label(district="kirklees", kind="review", date="2027-01-07", time="14:00", tick="absent", harm=["neglect"],
                children=[("Maisie Kaye", "2020-03-09"), ("Alfie Kaye", "2022-11-27")], adults=["Jodie Kaye", "Liam Kaye"],
                criteria=[], decision="report_only", received=rec, texts=T,
                tags=["tnef-winmail", "pdf-inside-tnef", "cjsm", "kirklees-uses-wakefield-rules", "bank-holidays"],
                notes="review with no criterion and no request for police; Kirklees decided on Wakefield rules (POLICY choice); CJSM sender")
    return case, msg, lab


def c05():
    case = "q-81-05-bradford-icpc-zip-password"
    T = Texts()
    subj = T.add("ICPC paperwork AKHTAR - ENCRYPTED ZIP")
    body = T.add("Dear colleague\n\nPlease find attached the initial child protection conference paperwork for the Akhtar family "
                 "(conference 18/12/2026, 10am, Margaret McMillan Tower).\n\nThe zip file is password protected in line with our data handling policy. "
                 "The password will be sent in a separate email.\n\nRegards\nSaima Iqbal\nChild Protection Unit, Bradford Children's Services")
    inner = new_docx()
    T2 = Texts()
    dpara(inner, T2, "ICPC BOOKING FORM - AKHTAR")
    dpara(inner, T2, "Reason: physical injury to a child under one; joint s47 ongoing.")
    z = zip_encrypted([("ICPC booking form AKHTAR.docx", docx_bytes(inner)), ("SW report AKHTAR.docx", docx_bytes(inner))], "Brad2026!x")
    T.add("AKHTAR ICPC.zip")
    msg = mixed(text_part(body), attach_bytes(z, "application/zip", "AKHTAR ICPC.zip"))
    rec = dt.datetime(2026, 12, 14, 11, 26, 3)
    headers(msg, case=case, sender="Saima Iqbal <saima.iqbal@bradford.gov.uk>", to=MAILBOX["bradford"], subject=subj, received=rec)
    lab = label(district="bradford", kind="initial", date="2026-12-18", time="10:00", tick="absent", harm=None, children=None,
                adults=None, criteria=[], decision="manual_review", received=rec, texts=T, deadlines=False,
                flags_required=["unreadable_attachment", "no_booking_form"],
                unscored=["encrypted_unreadable", "missing_family_details", "missing_reason", "late_notice", "deadline_passed",
                          "tickbox_ambiguous", "tickbox_conflict", "district_unknown"],
                tags=["zip-password", "covering-note-only"],
                notes="the only booking form is inside a password-protected zip: unreadable attachment and no booking form read -> manual_review")
    lab["harm_categories"] = None
    return case, msg, lab


def c06():
    case = "q-81-06-wakefield-prebirth-zip-rso-both-ticked"
    T = Texts()
    subj = T.add("Pre-birth ICPC - Unborn PICKERSGILL - Fri 18 Dec")
    body = T.add("Hello,\n\nPlease see zipped folder for the pre-birth initial conference (booking form, genogram and the parents' "
                 "agreement to share). Any queries to the allocated worker, Rhys Ackroyd.\n\nSafeguarding and Review Unit\nWakefield Council")
    doc = new_docx(font="Verdana", size=9)
    dpara(doc, T, "PRE-BIRTH CHILD PROTECTION CONFERENCE - REQUEST / BOOKING", bold=True, size=12)
    dtable(doc, T, [["Type", "Pre-birth Initial CPC"], ["Date", "Friday 18th December 2026"], ["Time", "9.30am"],
                    ["Venue", "County Hall, Wakefield - Room 141"], ["Category", "Sexual abuse"], ["CareDirector", "CD880213"]],
           bold_first_col=True)
    dtable(doc, T, [["Unborn baby", "Unborn baby Pickersgill - EDD 02/03/2027"],
                    ["Mother", "Courtney Pickersgill, DOB 27/07/2004"],
                    ["Father of unborn", "Dean Sowden, DOB 15/01/1996"]], bold_first_col=True)
    dpara(doc, T, "Summary of concerns", bold=True)
    dpara(doc, T, "Mr Sowden is a registered sex offender (2019 conviction for making indecent images of children) and remains subject to notification "
                  "requirements until 2029. He is managed by the police MOSOVO team. Since October he has been staying most nights at Ms Pickersgill's flat "
                  "and they intend to parent the baby together.")
    dpara(doc, T, "Ms Pickersgill was herself a looked-after child and says she does not believe Mr Sowden poses a risk.")
    dpara(doc, T, "Police involvement requested (tick):", bold=True)
    dtable(doc, T, [["Attend conference", "\u2612"], ["Provide written report", "\u2612"]])
    dpara(doc, T, "Completed: R. Ackroyd, 08/12/2026")
    consent = T.add("AGREEMENT TO SHARE INFORMATION\r\nI agree that the information in this referral can be shared with the agencies invited to the conference.\r\n"
                    "Signed: C Pickersgill   Date: 02/12/2026\r\n")
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (320, 180), "white")
    dr = ImageDraw.Draw(im)
    dr.rectangle([40, 40, 90, 90], outline="black")
    dr.ellipse([200, 40, 250, 90], outline="black")
    dr.line([65, 90, 65, 120, 225, 120, 225, 90], fill="black")
    dr.polygon([(145, 120), (130, 160), (160, 160)], outline="black")
    import io as _io
    b = _io.BytesIO()
    im.save(b, "PNG")
    z = zip_bytes([("Unborn Pickersgill/", b""), ("Unborn Pickersgill/Booking form.docx", docx_bytes(doc)),
                   ("Unborn Pickersgill/genogram.png", b.getvalue()), ("Unborn Pickersgill/Consent/", b""),
                   ("Unborn Pickersgill/Consent/agreement to share.txt", consent.encode("cp1252"))])
    T.add("Unborn Pickersgill.zip")
    msg = mixed(text_part(body), attach_bytes(z, "application/x-zip-compressed", "Unborn Pickersgill.zip"))
    rec = dt.datetime(2026, 12, 9, 12, 50, 0)
    headers(msg, case=case, sender="SRU Bookings <sru.bookings@wakefield.gov.uk>", to=MAILBOX["wakefield"], subject=subj, received=rec)
    lab = label(district="wakefield", kind="initial", pre_birth=True, date="2026-12-18", time="09:30", tick="both", harm=["sexual"],
                children=[("Unborn baby Pickersgill", None)], adults=["Courtney Pickersgill", "Dean Sowden"],
                criteria=["registered_sex_offender", "prior_unit_involvement"], decision="attend", received=rec, texts=T,
                tags=["zip-folders", "docx-inside-zip", "image-in-zip", "pre-birth", "rso"],
                notes="RSO (father of the unborn) living in the household (Wakefield item 7); both boxes marked -> tickbox_ambiguous; "
                      "his conviction for offences against children counts as prior_unit_involvement")
    return case, msg, lab


def c07():
    case = "q-81-07-leeds-rcpc-winmail-corrupt"
    T = Texts()
    subj = T.add("RCPC invite - MISTRY children")
    body = T.add("Hi,\n\nPlease see invite attached for the review conference for the Mistry children, 19th January 2027 at 1.30pm.\n\n"
                 "Thanks\nDeborah Kitson\nISU, Leeds")
    T2 = Texts()
    doc = new_docx()
    dpara(doc, T2, "REVIEW CHILD PROTECTION CONFERENCE - MISTRY")
    win = tnef(subj, body, [("RCPC Mistry.docx", docx_bytes(doc))], when=(2027, 1, 4, 9, 0, 0), corrupt=True)
    msg = mixed(text_part(body), attach_bytes(win, "application/ms-tnef", "winmail.dat"))
    rec = dt.datetime(2027, 1, 4, 9, 12, 45)
    headers(msg, case=case, sender="Deborah Kitson <deborah.kitson@leeds.gov.uk>", to=MAILBOX["leeds"], subject=subj, received=rec)
    lab = label(district="leeds", kind="review", date="2027-01-19", time="13:30", tick="absent", harm=None, children=None,
                adults=None, criteria=[], decision="manual_review", received=rec, texts=T, deadlines=False,
                flags_required=["unreadable_attachment", "no_booking_form"],
                unscored=["missing_family_details", "missing_reason", "late_notice", "deadline_passed",
                          "tickbox_ambiguous", "tickbox_conflict", "encrypted_unreadable"],
                tags=["tnef-winmail", "tnef-truncated", "covering-note-only"],
                notes="winmail.dat is truncated and cannot be decoded; the covering note alone is not a booking form -> manual_review")
    lab["harm_categories"] = None
    return case, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
