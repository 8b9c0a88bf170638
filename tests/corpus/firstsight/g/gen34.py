"""Layout 34: transfer-in / initial invitations from authorities outside West Yorkshire, forwarded by a West
Yorkshire council (and one sent directly by the outside authority), using other terminology."""
import datetime as dt
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from lib import POLICE, SIG_DISCLAIMER, build_email, gmt, kid, label, write_case
from pdfform import Form, form_texts

D = dt.date
ST = ParagraphStyle("b", fontName="DejaVu", fontSize=10, leading=13)
STB = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=11, leading=14)


def letter_pdf(paras):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50)
    story = []
    for p in paras:
        bold = p.startswith("**")
        txt = p.strip("*")
        story.append(Paragraph(txt.replace("&", "&amp;").replace("\n", "<br/>"), STB if bold else ST))
        story.append(Spacer(1, 7))
    doc.build(story)
    return buf.getvalue()


def ltexts(paras):
    out = []
    for p in paras:
        p = p.strip("*")
        out.append(p)
        out += p.split("\n")
    return out


def fwd_block(frm, sent, to, subj):
    return (f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}")


def case34_01():
    name = "g-34-01-kirklees-receiving-in-lancashire-letter-bail-attend"
    rec = D(2026, 12, 15)
    letter = [
        "**Lancashire County Council - Children's Social Care\nSafeguarding, Inclusion and Partnerships",
        "Date: 09 December 2026\nOur ref: LCS/CP/0931-TT",
        "To: Child Protection Conference Service, Kirklees Council",
        "**Re: Request for Receiving-in Child Protection Conference - TATTERSALL children",
        "Ellie Tattersall (DOB 04/02/2015) and Harvey Tattersall (DOB 13/06/2017) have been registered under the "
        "category of sexual abuse since their Initial Child Protection Case Conference (ICPCC) in Burnley on 12/08/2026. "
        "Their mother, Gemma Tattersall, moved with the children to Batley on 28/11/2026.",
        "Lancashire Constabulary are investigating allegations that the children's father, Wayne Tattersall, sexually "
        "abused Ellie. He remains on pre-charge bail with conditions not to contact the children until 20/01/2027. The "
        "officer in the case is DC Helen Ashworth, Lancashire Constabulary Pennine Child Protection Team.",
        "The Core Group last met on 01/12/2026. We request that Kirklees convene a Receiving-in Conference within 15 "
        "working days of this notification.",
        "Yours sincerely\nMark Entwistle\nTeam Manager, Burnley Children and Family Wellbeing",
    ]
    body = ("Good afternoon,\n\nKirklees will hold the Receiving-in (transfer-in) Child Protection Conference for "
            "Ellie and Harvey Tattersall on Thursday 7 January 2027 at 11.00am, Civic Centre 3, Market Street, "
            "Huddersfield.\n\nThe transfer request from Lancashire is attached. Please provide a police report to the "
            "Chair and let us know who will attend.\n\nKind regards\nGemma Thornton-Shaw\nChild Protection Conference "
            "Team\nKirklees Council\n01484 414 2230\n\n" + SIG_DISCLAIMER["kirklees"])
    subj = "Receiving-in conference 07/01/2027 - TATTERSALL (from Lancashire)"
    pdf = letter_pdf(letter)
    eml = build_email(case=name, from_name="Gemma Thornton-Shaw", from_addr="gemma.thornton-shaw@kirklees.gov.uk",
                      to=POLICE["kirklees"], subject=subj, sent=gmt(rec, 14, 20), received=gmt(rec, 14, 22),
                      text=body, attachments=[("Lancashire transfer request TATTERSALL.pdf", "application/pdf", pdf)])
    lab = label(district="kirklees", kind="transfer_in", pre_birth=False, date="2027-01-07", time="11:00",
                tick="absent", has_tickbox=False, harm=["sexual"],
                children=[kid("Ellie Tattersall", "2015-02-04"), kid("Harvey Tattersall", "2017-06-13")],
                adults=["Gemma Tattersall", "Wayne Tattersall"], criteria=["current_investigation"],
                decision="attend", received=rec,
                texts=[subj, body] + body.split("\n\n") + ltexts(letter), unscored=["no_booking_form"],
                tags=["outside-authority", "lancashire", "receiving-in", "registration", "icpcc", "bail", "letter-pdf"],
                notes="Kirklees transfer-in (initial rules, Wakefield list): father on pre-charge bail in a current "
                      "police investigation of sexual abuse of the child (item 1) -> attend. Report due Mon 4/1/2027.")
    write_case(name, eml, lab)


def case34_02():
    name = "g-34-02-leeds-transfer-in-sheffield-single-agency-late-bank-holiday"
    rec = D(2026, 12, 29)
    fwd = ("Dear colleague,\n\nRE: Transfer of Child Protection Plan - Yusra AL-HADDAD (DOB 30/03/2016)\n\n"
           "Yusra has been subject to a child protection plan in Sheffield since her Initial Child Protection Case "
           "Conference (ICPCC) on 10/09/2026, registration category Emotional abuse. Her mother Samira Al-Haddad and "
           "mother's partner Peter Crookes moved to Leeds (Armley) on 14/12/2026.\n\n"
           "The Section 47 enquiry in August was single-agency. A strategy meeting with South Yorkshire Police on "
           "01/09/2026 agreed there would be no criminal investigation. Yusra's father lives in Rotherham and has no "
           "contact; he is not a registered sex offender and there are no police concerns about him.\n\n"
           "The Core Group (social worker, school, school nurse, CAMHS) last met on 02/12/2026.\n\n"
           "Kind regards\nJoanne Staniforth\nSenior Social Worker, Sheffield City Council Children and Families")
    body = ("Hello CPPU,\n\nPlease see below the transfer request from Sheffield for Yusra Al-Haddad. The Leeds "
            "transfer-in conference has been booked for Tuesday 5 January 2027 at 2pm at Merrion House (Room 6.14) - "
            "apologies for the short notice over the holiday period.\n\nRegards\nHelen Stead\nIndependent Reviewing "
            "Officer\nIntegrated Safeguarding Unit, Leeds City Council\n0113 378 2207\n\n"
            + fwd_block("Staniforth, Joanne <joanne.staniforth@sheffield.gov.uk>", "22 December 2026 12:10",
                        "Stead, Helen", "Transfer of CP Plan - AL-HADDAD - Sheffield to Leeds") + "\n\n" + fwd
            + "\n\n" + SIG_DISCLAIMER["leeds"])
    subj = "FW: Transfer of CP Plan - AL-HADDAD - Sheffield to Leeds - TI conference 05/01/2027"
    eml = build_email(case=name, from_name="Helen Stead", from_addr="helen.stead@leeds.gov.uk", to=POLICE["leeds"],
                      subject=subj, sent=gmt(rec, 9, 30), received=gmt(rec, 9, 31), text=body)
    lab = label(district="leeds", kind="transfer_in", pre_birth=False, date="2027-01-05", time="14:00",
                tick="absent", has_tickbox=False, harm=["emotional"], children=[kid("Yusra Al-Haddad", "2016-03-30")],
                adults=["Samira Al-Haddad", "Peter Crookes"], criteria=[], decision="report_only", received=rec,
                texts=[subj, body] + body.split("\n\n") + fwd.split("\n\n"), unscored=["no_booking_form"],
                tags=["outside-authority", "sheffield", "forwarded-inline", "icpcc", "registration",
                      "single-agency-s47", "strategy-meeting-trap", "rso-negated", "late-notice", "bank-holiday"],
                notes="Leeds transfer-in: single-agency s47, strategy meeting agreed no investigation, father not an "
                      "RSO and no contact -> no criterion, no tick box -> report_only. Received Tue 29/12/2026, "
                      "conference Tue 5/1/2027: 4 working days (1 Jan is a bank holiday) < 5 -> late_notice.")
    write_case(name, eml, lab)


def case34_03():
    name = "g-34-03-bradford-prebirth-from-oldham-rso-father-attend"
    rec = D(2026, 12, 16)
    letter = [
        "**Oldham Council - Children's Social Care",
        "**Pre-birth Child Protection Case Conference - transfer of case responsibility",
        "Unborn baby of Chloe Doyle (EDD 03/03/2027)",
        "Mother: Chloe Doyle, DOB 18/07/2003\nFather of the unborn baby: Patrick Flanagan, DOB 02/11/1979",
        "A strategy meeting on 05/11/2026 agreed a Section 47 enquiry and a Pre-birth Child Protection Case Conference. "
        "Before the conference could be held, Ms Doyle moved to Bradford (Great Horton) on 01/12/2026.",
        "Mr Flanagan is a registered sex offender, convicted in 2019 of sexual activity with a 14-year-old girl, and is "
        "managed by the Greater Manchester Police Public Protection Unit. He has told his offender manager that he "
        "intends to live with Ms Doyle and the baby in Bradford.",
        "Report author: Wiktoria Mazur, Social Worker, Oldham Council, 10/12/2026",
    ]
    body = ("Dear colleagues,\n\nBradford Children's Social Care has accepted case responsibility for the unborn baby "
            "of Chloe Doyle. A Pre-birth Initial Child Protection Conference will be held on Monday 11 January 2027 at "
            "1.00pm at Margaret McMillan Tower, Princes Way, Bradford.\n\nOldham's pre-birth assessment summary is "
            "attached. Please provide your report to the Chair 3 working days before the conference.\n\nRegards\n"
            "Rukhsana Aslam\nChild Protection Conference Chair\nSafeguarding and Reviewing Unit | Children's Services | "
            "Bradford Council\n01274 43 9921\n\n" + SIG_DISCLAIMER["bradford"])
    subj = "Pre-birth ICPC 11/01/2027 - DOYLE (transferred from Oldham)"
    pdf = letter_pdf(letter)
    eml = build_email(case=name, from_name="Aslam, Rukhsana", from_addr="rukhsana.aslam@bradford.gov.uk",
                      to=POLICE["bradford"], subject=subj, sent=gmt(rec, 11, 45), received=gmt(rec, 11, 46),
                      text=body, attachments=[("Oldham PB summary DOYLE.pdf", "application/pdf", pdf)])
    lab = label(district="bradford", kind="initial", pre_birth=True, date="2027-01-11", time="13:00",
                tick="absent", has_tickbox=False, harm=None, children=[kid("Unborn baby of Chloe Doyle", None)],
                adults=["Chloe Doyle", "Patrick Flanagan"], criteria=["registered_sex_offender"], decision="attend",
                received=rec, texts=[subj, body] + body.split("\n\n") + ltexts(letter), unscored=["no_booking_form"],
                tags=["outside-authority", "oldham-gmp", "pre-birth", "rso-father", "strategy-meeting", "letter-pdf",
                      "irish-names"],
                notes="Bradford pre-birth ICPC (Wakefield rules): the unborn baby's father, a registered sex offender, "
                      "intends to live in the household (item 7) -> attend. Report due Wed 6/1/2027.")
    write_case(name, eml, lab)


def case34_04():
    name = "g-34-04-calderdale-transfer-in-north-yorkshire-cse-discuss"
    rec = D(2026, 12, 17)
    fwd = ("Good morning,\n\nTRANSFER-IN CHILD PROTECTION CONFERENCE REQUEST\n\n"
           "Child: Tia Ackroyd, DOB 08/08/2011\nMother: Lisa Ackroyd\nMaternal grandmother (lives with them): "
           "Pauline Ackroyd\n\n"
           "Tia has been subject to a child protection plan in North Yorkshire (Scarborough) since 14/07/2026, "
           "category sexual abuse. She is considered to be at high risk of child sexual exploitation: she was groomed "
           "online and has gone missing to meet adult men in Scarborough and Leeds. The family moved to Sowerby Bridge "
           "on 07/12/2026.\n\n"
           "The last Core Group was on 26/11/2026.\n\n"
           "Thanks\nRebecca Thackray\nSocial Worker, North Yorkshire Council Children and Families Service")
    body = ("Hello,\n\nPlease see the request below from North Yorkshire. Calderdale will hold the Transfer-in "
            "Child Protection Conference for Tia Ackroyd on Thursday 14 January 2027 at 10am, Northgate House, "
            "Halifax.\n\nKind regards\nShelley Marsden\nChild Protection Conference Administrator\nCalderdale Council "
            "| Safeguarding and Quality Assurance\n01422 393 8860\n\n"
            + fwd_block("Thackray, Rebecca <rebecca.thackray@northyorks.gov.uk>", "16 December 2026 10:02",
                        "Calderdale CP Conferences", "Transfer-in CPC request - ACKROYD") + "\n\n" + fwd
            + "\n\n" + SIG_DISCLAIMER["calderdale"])
    subj = "FW: Transfer-in CPC request - ACKROYD - conference 14/01/2027"
    eml = build_email(case=name, from_name="Marsden, Shelley", from_addr="shelley.marsden@calderdale.gov.uk",
                      to=POLICE["calderdale"], subject=subj, sent=gmt(rec, 10, 5), received=gmt(rec, 10, 6), text=body)
    lab = label(district="calderdale", kind="transfer_in", pre_birth=False, date="2027-01-14", time="10:00",
                tick="absent", has_tickbox=False, harm=["sexual"], children=[kid("Tia Ackroyd", "2011-08-08")],
                adults=["Lisa Ackroyd", "Pauline Ackroyd"], criteria=["child_sexual_exploitation"],
                decision="discuss", received=rec, texts=[subj, body] + body.split("\n\n") + fwd.split("\n\n"),
                unscored=["no_booking_form"],
                tags=["outside-authority", "north-yorkshire", "forwarded-inline", "transfer-in", "cse", "place-names"],
                notes="Calderdale transfer-in: CSE is a considered risk; CSE is not in Calderdale's attend list -> "
                      "discuss (POLICY choice). Report due Mon 11/1/2027.")
    write_case(name, eml, lab)


def wakefield_form(rows_extra, tick_required):
    return [
        ("title", "Child Protection Conference - Booking Form"),
        ("para", "Wakefield Council - Safeguarding and Review Unit"),
    ] + rows_extra + [
        ("section", "West Yorkshire Police"),
        ("check", "Police attendance required", "a", tick_required, "Yes"),
        ("check", "Written report sufficient", "b", not tick_required, "Yes"),
    ]


def case34_05():
    name = "g-34-05-wakefield-transfer-in-lancashire-neglect-threshold-not-met"
    rec = D(2026, 12, 18)
    items = wakefield_form([
        ("section", "Conference"),
        ("field", "Conference type", "t", "Transfer-in Child Protection Conference (from Lancashire)", 1),
        ("field", "Date", "d", "08/01/2027", 1),
        ("field", "Time", "tm", "10:00", 1),
        ("field", "Venue", "v", "Wakefield One, Burton Street - Room 4", 1),
        ("section", "Family"),
        ("field", "Children", "c", "Bethany Pickles (DOB 22/05/2014); Connor Pickles (DOB 10/10/2019)", 2),
        ("field", "Adults", "ad", "Stacey Pickles (mother); Ashley Nuttall (mother's partner)", 2),
        ("field", "Category", "cat", "Neglect", 1),
        ("section", "Reason"),
        ("field", "Reason", "r",
         "Transfer-in from Lancashire. The children were registered under the category of neglect at an ICPCC in "
         "Preston on 21/07/2026. Lancashire Constabulary advised at the strategy meeting that the threshold for a "
         "wilful neglect investigation was not met and there is no police involvement.", 4),
    ], tick_required=False)
    fwd = ("Hi Wakefield SRU,\n\nAs discussed, please find the transfer paperwork for the Pickles children. The family "
           "moved to Normanton last month. The Core Group is SW, HV, school and the parents.\n\nMany thanks\nDeborah "
           "Halliwell\nSocial Worker, Lancashire County Council, Preston Children's Team")
    body = ("Good afternoon,\n\nPlease see attached the booking form for a transfer-in conference on Friday 8 January "
            "2027 at 10am. Lancashire's covering email is below for information.\n\nRegards\nJoanne Brear\nSafeguarding "
            "and Review Unit\nWakefield Council\n01924 305 9902\n\n"
            + fwd_block("Halliwell, Deborah <deborah.halliwell@lancashire.gov.uk>", "17 December 2026 15:33",
                        "Brear, Joanne", "Transfer - PICKLES") + "\n\n" + fwd + "\n\n" + SIG_DISCLAIMER["wakefield"])
    subj = "FW: Transfer - PICKLES - transfer-in conference 08/01/2027"
    pdf = Form(items, flattened=True).build()
    eml = build_email(case=name, from_name="Joanne Brear", from_addr="joanne.brear@wakefield.gov.uk",
                      to=POLICE["wakefield"], subject=subj, sent=gmt(rec, 13, 5), received=gmt(rec, 13, 7),
                      text=body, attachments=[("TI booking PICKLES.pdf", "application/pdf", pdf)])
    lab = label(district="wakefield", kind="transfer_in", pre_birth=False, date="2027-01-08", time="10:00",
                tick="report", harm=["neglect"],
                children=[kid("Bethany Pickles", "2014-05-22"), kid("Connor Pickles", "2019-10-10")],
                adults=["Stacey Pickles", "Ashley Nuttall"], criteria=[], decision="report_only", received=rec,
                texts=[subj, body] + body.split("\n\n") + fwd.split("\n\n") + form_texts(items),
                tags=["outside-authority", "lancashire", "transfer-in", "registration", "neglect-category-trap",
                      "wilful-neglect-negated", "pdf-flattened", "christmas-bank-holidays"],
                notes="Wakefield transfer-in: neglect category, Lancashire Police said wilful neglect threshold not met, "
                      "no police involvement -> no criterion; report-only ticked -> report_only. 12 working days' "
                      "notice over Christmas; report due Tue 5/1/2027.")
    write_case(name, eml, lab)


def case34_06():
    name = "g-34-06-sheffield-direct-icpcc-invite-unverified-sender"
    rec = D(2026, 12, 21)
    body = ("Dear West Yorkshire Police,\n\nINITIAL CHILD PROTECTION CASE CONFERENCE (ICPCC)\n\n"
            "An Initial Child Protection Case Conference has been arranged for Leo Marsh (DOB 15/01/2020) on Tuesday "
            "12 January 2027 at 10:00 at Howden House, Union Street, Sheffield (hybrid).\n\n"
            "Leo lives in Sheffield with his mother Kerry-Ann Marsh. His father, Darren Kowalski, lives in Leeds and "
            "has Leo every other weekend. Leo returned from contact on 06/12/2026 with a bruise to his cheek and said "
            "'daddy smacked me'. We understand Mr Kowalski was arrested by West Yorkshire Police in 2024 for assaulting "
            "a previous partner's child; that matter ended with no further action.\n\n"
            "We would be grateful for a report from West Yorkshire Police about Mr Kowalski, and for your attendance "
            "if possible.\n\nKind regards\n\nSamantha Revill\nConference Co-ordinator, Child Protection and Review Unit\n"
            "Sheffield City Council\n0114 273 4901\n\nThis email and any attachments are confidential. Sheffield City "
            "Council.")
    subj = "ICPCC invitation - MARSH - 12/01/2027 - West Yorkshire Police"
    eml = build_email(case=name, from_name="Samantha Revill", from_addr="samantha.revill@sheffield.gov.uk",
                      to="West Yorkshire Police CPPU Conferences <cppu.conferences@westyorkshire.police.uk>",
                      subject=subj, sent=gmt(rec, 11, 0), received=gmt(rec, 11, 1), text=body)
    lab = label(district=None, kind="initial", pre_birth=False, date="2027-01-12", time="10:00",
                tick="absent", has_tickbox=False, harm=["physical"], children=[kid("Leo Marsh", "2020-01-15")],
                adults=["Kerry-Ann Marsh", "Darren Kowalski"], criteria=["prior_unit_involvement"],
                decision="manual_review", manual=True, deadlines=False, received=rec,
                texts=[subj, body] + body.split("\n\n"), flags_required=["unverified_sender"],
                unscored=["district_unknown", "no_booking_form", "missing_reason"],
                tags=["outside-authority", "sheffield-direct", "icpcc", "unverified-sender", "prior-involvement"],
                notes="Sent directly by Sheffield City Council: sheffield.gov.uk is on no district allow-list -> "
                      "unverified_sender -> manual_review (POLICY decision rule 1).")
    write_case(name, eml, lab)


def case34_07():
    name = "g-34-07-wakefield-transfer-in-bolton-da-marac-tick-report-conflict"
    rec = D(2026, 12, 21)
    items = wakefield_form([
        ("section", "Conference"),
        ("field", "Conference type", "t", "Transfer-in Child Protection Conference (from Bolton)", 1),
        ("field", "Date", "d", "07/01/2027", 1),
        ("field", "Time", "tm", "13:30", 1),
        ("field", "Venue", "v", "Castleford Civic Centre, Ferrybridge Road - Room 2", 1),
        ("section", "Family"),
        ("field", "Children", "c", "Zara Rahman (DOB 12/12/2017); Ayaan Rahman (DOB 04/04/2020)", 2),
        ("field", "Adults", "ad", "Nadia Rahman (mother); Shahid Rahman (father)", 2),
        ("field", "Category", "cat", "Emotional abuse", 1),
        ("section", "Reason"),
        ("field", "Reason", "r",
         "Registered in Bolton at an ICPCC on 04/09/2026 under emotional abuse because of domestic abuse. Since the "
         "family moved to Castleford there have been two further police call-outs. Mr Rahman was arrested on "
         "12/12/2026 for assaulting Mrs Rahman and is on police bail not to contact her. The case was heard at "
         "Wakefield MARAC on 16/12/2026 and a domestic abuse officer from Wakefield CPPU is working with Mrs Rahman.", 5),
    ], tick_required=False)
    fwd = ("Hello,\n\nFurther to our call, the Rahman family have moved to Castleford. Please could Wakefield convene "
           "the transfer-in conference. GMP have been updated.\n\nRegards\nOwen Bamford\nSocial Worker, Bolton Council "
           "Children's Services")
    body = ("Good morning,\n\nPlease find attached the booking form for the Rahman transfer-in conference on Thursday "
            "7 January 2027 at 1.30pm. Bolton's email is below.\n\nKind regards\nLinda Oxley\nSafeguarding and Review "
            "Unit\nWakefield Council\n01924 305 8812\n\n"
            + fwd_block("Bamford, Owen <owen.bamford@bolton.gov.uk>", "18 December 2026 16:02", "Oxley, Linda",
                        "RAHMAN - transfer") + "\n\n" + fwd + "\n\n" + SIG_DISCLAIMER["wakefield"])
    subj = "FW: RAHMAN - transfer - TI conference 07/01/2027"
    pdf = Form(items, flattened=True).build()
    eml = build_email(case=name, from_name="Linda Oxley", from_addr="linda.oxley@wakefield.gov.uk",
                      to=POLICE["wakefield"], subject=subj, sent=gmt(rec, 9, 40), received=gmt(rec, 9, 41), text=body,
                      attachments=[("TI booking RAHMAN.pdf", "application/pdf", pdf)])
    lab = label(district="wakefield", kind="transfer_in", pre_birth=False, date="2027-01-07", time="13:30",
                tick="report", harm=["emotional"],
                children=[kid("Zara Rahman", "2017-12-12"), kid("Ayaan Rahman", "2020-04-04")],
                adults=["Nadia Rahman", "Shahid Rahman"], criteria=["domestic_abuse_current_involvement"],
                decision="attend", received=rec,
                texts=[subj, body] + body.split("\n\n") + fwd.split("\n\n") + form_texts(items),
                tags=["outside-authority", "bolton-gm", "transfer-in", "icpcc", "registration", "domestic-abuse",
                      "marac", "tick-report-conflict", "pdf-flattened"],
                notes="Wakefield transfer-in: serious DA with current police involvement (MARAC, bail, CPPU DA officer; "
                      "item 6) -> attend; report-only ticked -> tickbox_conflict. Report due Mon 4/1/2027.")
    write_case(name, eml, lab)


if __name__ == "__main__":
    for f in [case34_01, case34_02, case34_03, case34_04, case34_05, case34_06, case34_07]:
        f()
