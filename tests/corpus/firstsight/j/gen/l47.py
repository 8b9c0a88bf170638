"""Layout 47: Word .docx booking forms with tracked changes (w:ins / w:del) and comments.
A manager has revised an answer (the police request, the date, a police-involvement sentence);
the accepted state is what counts."""
import copy
import io
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.text.run import Run
from lxml import etree
from email.mime.multipart import MIMEMultipart
from common import (headers, msg_headers, text_part, attach_bytes, write_case, kids, lines_of, london)

TO = "CPPU Conference Invites <cppu.conferences@westyorkshire.police.uk>"
_rev = [100]


def _run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    r.append(t)
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def fill(par, segs, author, date):
    """segs: str | list of (kind, text) where kind in t/b/ins/del. Returns accepted text and
    the plain runs (for anchoring comments)."""
    if isinstance(segs, str):
        segs = [("t", segs)]
    acc, plain = "", []
    for kind, text in segs:
        if kind in ("t", "b"):
            r = _run(text, bold=(kind == "b"))
            par._p.append(r)
            plain.append(Run(r, par))
            acc += text
        else:
            _rev[0] += 1
            w = OxmlElement("w:" + kind)
            par._p.append(w)
            w.set(qn("w:id"), str(_rev[0]))
            w.set(qn("w:author"), author)
            w.set(qn("w:date"), date)
            w.append(_run(text, deleted=(kind == "del")))
            if kind == "ins":
                acc += text
    return acc, plain


class Form:
    def __init__(self, council_line, title, author, date):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10)
        self.author, self.date = author, date
        self.src = []
        sec = self.d.sections[0]
        sec.left_margin = sec.right_margin = Cm(2)
        hp = sec.header.paragraphs[0]
        hp.text = "OFFICIAL-SENSITIVE"
        fp = sec.footer.paragraphs[0]
        fp.text = council_line
        self.src += ["OFFICIAL-SENSITIVE", council_line]
        self.d.add_heading(title, level=1)
        self.src.append(title)
        self.comments = []
        # turn on track changes like the manager's copy
        settings = self.d.settings.element
        etree.SubElement(settings, qn("w:trackRevisions"))

    def para(self, segs, comment=None, heading=False):
        if heading:
            p = self.d.add_heading("", level=2)
        else:
            p = self.d.add_paragraph()
        acc, plain = fill(p, segs, self.author, self.date)
        self.src.append(acc)
        if comment and plain:
            self.d.add_comment(plain, text=comment, author=self.author, initials="".join(x[0] for x in self.author.split()[:2]))
            self.src.append(comment)
        return acc

    def table(self, rows, widths=None, comment_at=None):
        """rows: list of list of segs"""
        t = self.d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            accs = []
            for j, segs in enumerate(row):
                p = cells[j].paragraphs[0]
                acc, plain = fill(p, segs, self.author, self.date)
                accs.append(acc)
                if acc:
                    self.src.append(acc)
                if comment_at and comment_at[0] == (i, j) and plain:
                    self.d.add_comment(plain, text=comment_at[1], author=self.author,
                                       initials="".join(x[0] for x in self.author.split()[:2]))
                    self.src.append(comment_at[1])
            self.src.append(" ".join(accs))
        self.d.add_paragraph()
        return t

    def bytes(self):
        import re
        import zipfile
        b = io.BytesIO()
        self.d.save(b)
        zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
        out = io.BytesIO()
        zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', ('w:date="%s"' % self.date).encode(), data)
            zout.writestr(item, data)
        zout.close()
        return out.getvalue()


def send(name, frm, subject, sent, note, form, fname, label, seed):
    m = MIMEMultipart("mixed")
    m.attach(text_part(note))
    attach_bytes(m, form.bytes(), fname, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
    msg_headers(m, frm, TO, subject, sent, trace=headers(frm.split("<")[-1].rstrip(">"), sent, seed=seed),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    label["source_texts"] = form.src + lines_of(note) + [subject, fname]
    write_case(name, m, label)


X, O = "☒", "☐"


def case01():
    f = Form("Wakefield Council | Children and Young People's Service | Safeguarding and Review Unit",
             "Child Protection Conference Booking Form", "Jennifer Bottomley", "2026-12-09T16:12:00Z")
    f.table([["Type of conference", "Initial child protection conference"],
             ["Date", "Monday 21 December 2026"], ["Time", "2.00pm"],
             ["Venue", "Pontefract Town Hall, Room 6 / Teams"], ["CareDirector number", "CD671240"],
             ["Chair", "Andrew Gledhill"], ["Social worker", "Precious Moyo"], ["Category", "Physical abuse"]])
    f.para("Children", heading=True)
    f.table([["Name", "DOB", "School"], ["Maisie FIRTH", "12/12/2017", "Carleton Park J&I"],
             ["Oakley FIRTH", "05/05/2021", "Little Acorns Nursery"]])
    f.para("Adults", heading=True)
    f.table([["Name", "Relationship", "DOB"], ["Jade Firth", "Mother", "08/08/1995"],
             ["Connor Firth", "Father", "19/01/1993"]])
    f.para("Reason for conference", heading=True)
    f.para("Maisie attended A&E on 27/11/2026 with a fractured wrist. The parents' explanations have been inconsistent and the skeletal survey of Oakley showed an older healing rib fracture. A strategy discussion with police was held on 30/11/2026; the medical opinion was inconclusive and police did not open an investigation at that stage.")
    f.para([("ins", "Update 09/12/2026: the Chair and DI Rachel Hirst (CPPU Normanton) have discussed this case and have agreed that police will attend this conference.")],
           comment=None)
    f.para("West Yorkshire Police", heading=True)
    f.table([[[("del", X), ("ins", O)], "Written report sufficient"],
             [[("del", O), ("ins", X)], "Police attendance required"]],
            comment_at=((1, 1), "Amended after my call with DI Hirst - JB (TM)"))
    f.para("Completed by: Precious Moyo 08/12/2026. Amended by J Bottomley (Team Manager) 09/12/2026.")
    note = """Hi

Booking form attached for the FIRTH children. Please note this has been amended by my manager - please use this version.

Thanks
Precious Moyo
Social Worker | Pontefract & Knottingley CIN Team | Wakefield Council"""
    send("J-47-01-wakefield-icpc-docx-tracked-negotiated", "Precious Moyo <precious.moyo@wakefield.gov.uk>",
         "ICPC Booking Form - FIRTH - 21.12.26 (amended)", london(2026, 12, 10, 9, 26), note, f,
         "Booking form FIRTH amended JB.docx", dict(
             district="wakefield", kind="initial", date="2026-12-21", time="14:00", police_attendance_requested=True,
             harm_categories=["physical"], children=kids(("Maisie Firth", "2017-12-12"), ("Oakley Firth", "2021-05-05")),
             adults=["Jade Firth", "Connor Firth"], criteria=["negotiated_attendance"], decision="attend", flags_required=[],
             tags=["docx-tracked-changes", "docx-comments", "tick-changed-by-manager", "strategy-discussion-not-investigation", "tick-attend"],
             notes="tracked insertion: chair and DI agreed police attend (item 8); tick moved by tracked change to attendance required; the strategy discussion is not an investigation"), 4701)


def case02():
    f = Form("Leeds City Council - Children and Families - Integrated Safeguarding Unit",
             "Request for Child Protection Conference", "Mark Oduya", "2027-01-04T08:40:00Z")
    f.table([["Conference type", "ICPC"],
             ["Conference date", [("del", "12/01/2027"), ("ins", "14/01/2027")]],
             ["Start time", [("del", "09:30"), ("ins", "13:00")]],
             ["Location", "Merrion House 4.07 (hybrid)"], ["Mosaic ID", "MOS-790412"],
             ["Chair", "Deborah Ackroyd"], ["Social worker", "Ffion Roberts"], ["Category", "Sexual"]],
            comment_at=((0, 1), "Date moved - chair not available on the 12th. MO"))
    f.table([["Child", "DOB", "Gender"], ["Tianna Greaves-Mbeki", "02/02/2011", "F"]])
    f.table([["Adult", "Relationship"], ["Grace Mbeki", "Mother"], ["Paul Greaves", "Father (no contact)"]])
    f.para("Reason for requesting conference", heading=True)
    f.para("Tianna is assessed as at high risk of child sexual exploitation (CSE screening tool completed 21/12/2026). She has been going missing overnight, is receiving gifts and a new phone from older males, and was found by police in a car in Harehills with two men aged 24 and 31.")
    f.para("Mum is working with us and has installed parental controls. No criminal investigation has been opened at this time; the Child Exploitation Hub have requested police intelligence.")
    f.para("Police", heading=True)
    f.table([[X, "Written report sufficient"], [O, "Police attendance required"]])
    note = """Please find attached request for ICPC - GREAVES-MBEKI. NB date changed to 14th (tracked in the form).

Regards, ISU Business Support
Integrated Safeguarding Unit | Leeds City Council"""
    send("J-47-02-leeds-icpc-docx-tracked-date-cse", "ISU Business Support <isu.business.support@leeds.gov.uk>",
         "ICPC request - GREAVES-MBEKI - now 14/01/2027", london(2027, 1, 4, 11, 3), note, f,
         "ICPC request GREAVES-MBEKI v2.docx", dict(
             district="leeds", kind="initial", date="2027-01-14", time="13:00", police_attendance_requested=False,
             harm_categories=["sexual"], children=kids(("Tianna Greaves-Mbeki", "2011-02-02")),
             adults=["Grace Mbeki", "Paul Greaves"], criteria=["child_sexual_exploitation"], decision="discuss", flags_required=[],
             tags=["docx-tracked-changes", "docx-comments", "date-revised", "cse", "leeds-cse-discuss", "tick-report"],
             notes="date and time revised by tracked change (accepted 14/01/2027 13:00); Leeds: CSE alone gives discuss"), 4702)


def case03():
    f = Form("Calderdale Council - Children and Young People's Services - Safeguarding & Quality Assurance",
             "Review Child Protection Conference - Information for Agencies", "Helen Broadbent", "2027-01-08T14:55:00Z")
    f.table([["Conference", "Review Child Protection Conference"], ["Date", "Wednesday 20 January 2027"],
             ["Time", "10.00 am"], ["Venue", "Todmorden Hippodrome meeting room"], ["LCS number", "1160092"],
             ["Chair", "Graham Illingworth"], ["Plan category", "Physical abuse"]])
    f.table([["Name", "Date of birth", "Relationship"], ["Ruby Sutcliffe-Hoyle", "29/09/2016", "Child"],
             ["Archie Sutcliffe-Hoyle", "14/02/2020", "Child"], ["Stacey Hoyle", "02/04/1990", "Mother"],
             ["Dean Sutcliffe", "17/11/1986", "Father"]])
    f.para("Progress against the plan", heading=True)
    f.para("Both children remain on plans under the category of physical abuse. Mr Sutcliffe completed the Caring Dads programme in November.")
    f.para([("del", "There has been no police involvement since the initial conference."),
            ("ins", "PC Rebecca Lund (Calderdale Safeguarding Unit) is a named member of the core group and has attended every core group meeting, completing the police actions in the plan.")],
           comment=None)
    f.para("Core group members: social worker, school DSL, health visitor, PC Rebecca Lund, Ms Hoyle, Mr Sutcliffe.",
           comment="HB - corrected, police ARE on the core group, see minutes 04/01")
    note = """Dear colleague

Please find attached information for the review conference for Ruby and Archie. Please note a correction was made by the team manager (tracked).

Kind regards
Amy Crowther
Safeguarding and Quality Assurance Admin | Calderdale Council"""
    send("J-47-03-calderdale-rcpc-docx-tracked-core-group", "Amy Crowther <amy.crowther@calderdale.gov.uk>",
         "RCPC 20/01/2027 - SUTCLIFFE-HOYLE", london(2027, 1, 11, 8, 47), note, f,
         "RCPC info SUTCLIFFE-HOYLE.docx", dict(
             district="calderdale", kind="review", date="2027-01-20", time="10:00", police_attendance_requested=None,
             harm_categories=["physical"], children=kids(("Ruby Sutcliffe-Hoyle", "2016-09-29"), ("Archie Sutcliffe-Hoyle", "2020-02-14")),
             adults=["Stacey Hoyle", "Dean Sutcliffe"], criteria=["core_group_member"], decision="attend", flags_required=[],
             tags=["docx-tracked-changes", "docx-comments", "deleted-negation", "core-group", "review", "tick-absent"],
             notes="the deleted sentence says no police involvement; the accepted text names a PC in the core group: core_group_member at a review -> attend"), 4703)


def case04():
    f = Form("Wakefield Council | Children and Young People's Service | Safeguarding and Review Unit",
             "Child Protection Conference Booking Form", "Sunita Rana", "2027-01-04T17:30:00Z")
    f.table([["Type of conference", "Initial"], ["Date", "13/01/2027"], ["Time", "09:30"],
             ["Venue", "Wakefield One, Room 3.12"], ["CareDirector number", "CD688015"],
             ["Chair", "Peter Lockwood"], ["Category", "Physical"]])
    f.table([["Name", "DOB", "Relationship"], ["Harvey Kershaw", "21/03/2014", "Child"],
             ["Lily Kershaw", "07/07/2016", "Child"], ["Nicola Kershaw", "11/11/1988", "Mother"],
             ["Jason Kershaw", "02/06/1985", "Father"]])
    f.para("Reason for conference", heading=True)
    f.para("Harvey told his teacher on 14/12/2026 that his dad hit him with a slipper and he showed a mark on his leg. Mr Kershaw was arrested on 15/12/2026 and interviewed.")
    f.para([("del", "He remains on police bail while the investigation continues."),
            ("ins", "Police confirmed on 30/12/2026 that no further action will be taken against Mr Kershaw; the investigation is closed (NFA).")],
           comment=None)
    f.para("Mr Kershaw has returned home. The family have accepted a parenting assessment.",
           comment="Updated re NFA - SR")
    f.para("West Yorkshire Police", heading=True)
    f.table([[O, "Police attendance required"], [X, "Written report sufficient"]])
    note = "Booking form attached (updated 04/01 re police outcome).\n\nSunita Rana\nTeam Manager | Wakefield Central | Wakefield Council"
    send("J-47-04-wakefield-icpc-docx-tracked-nfa-report-only", "Sunita Rana <sunita.rana@wakefield.gov.uk>",
         "Booking form - KERSHAW - ICPC 13/01/27", london(2027, 1, 5, 10, 15), note, f,
         "KERSHAW booking form.docx", dict(
             district="wakefield", kind="initial", date="2027-01-13", time="09:30", police_attendance_requested=False,
             harm_categories=["physical"], children=kids(("Harvey Kershaw", "2014-03-21"), ("Lily Kershaw", "2016-07-07")),
             adults=["Nicola Kershaw", "Jason Kershaw"], criteria=["prior_unit_involvement"], decision="report_only", flags_required=[],
             tags=["docx-tracked-changes", "docx-comments", "deleted-bail", "nfa", "tick-report"],
             notes="the deleted sentence says he is on bail; the accepted text says NFA: investigation closed, prior involvement only (not a Wakefield criterion); written report ticked"), 4704)


def case05():
    f = Form("Kirklees Council - Child Protection and Reviewing Service",
             "Transfer-In Child Protection Conference - Booking Form", "Naveed Rafiq", "2027-01-12T12:00:00Z")
    f.table([["Conference type", "Transfer-In Child Protection Conference"],
             ["Originating authority", "Lancashire County Council (plan made 24/09/2026)"],
             ["Date", "Friday 22nd January 2027"], ["Time", "1.30pm"], ["Venue", "Batley Town Hall, Committee Room"],
             ["Chair", "Joanna Firth-Ahmed"], ["Category", "Neglect"]])
    f.table([["Name", "DOB", "Address"],
             ["Mason PILLING", "18/10/2019", [("del", "12 Rook St, Nelson, Lancs"), ("ins", "Flat 3, 41 Track Road, Batley")]],
             ["Ava-Grace PILLING", "03/01/2022", [("del", "12 Rook St, Nelson, Lancs"), ("ins", "Flat 3, 41 Track Road, Batley")]],
             ["Chloe-Ann PILLING (mother)", "26/05/2000", [("del", "12 Rook St, Nelson, Lancs"), ("ins", "Flat 3, 41 Track Road, Batley")]],
             ["Reece HARTLEY (father)", "09/09/1998", "No fixed abode"]],
            comment_at=((1, 2), "new address confirmed by SW 11/01"))
    f.para("Reason for conference", heading=True)
    f.para("Family moved to Batley on 14/12/2026. The children were found by Lancashire Constabulary on 18/08/2026 in a flat with no food, no heating and dog faeces on the floor; Mason had untreated head lice and severe nappy rash.")
    f.para("Lancashire Constabulary are actively investigating both parents for child cruelty / wilful neglect (s1 Children and Young Persons Act 1933). Both were interviewed under caution in October and the file is with the CPS for a charging decision; the investigation remains open.")
    note = """Hi

Please see the attached booking form for the Transfer In conference for the Pilling children. Any queries let me know.

Naveed Rafiq
Conference Coordinator, Child Protection and Reviewing Service, Kirklees Council
This email was sent via the Criminal Justice Secure eMail service (CJSM). Please note: this email and any attachments are confidential."""
    send("J-47-05-kirklees-transfer-in-docx-tracked-wilful-neglect", "Naveed Rafiq <naveed.rafiq@kirklees.gov.uk.cjsm.net>",
         "Transfer In CPC - PILLING - 22/01/2027", london(2027, 1, 13, 14, 12), note, f,
         "Transfer In booking PILLING.docx", dict(
             district="kirklees", kind="transfer_in", date="2027-01-22", time="13:30", police_attendance_requested=None,
             harm_categories=["neglect"], children=kids(("Mason Pilling", "2019-10-18"), ("Ava-Grace Pilling", "2022-01-03")),
             adults=["Chloe-Ann Pilling", "Reece Hartley"], criteria=["wilful_neglect_investigation"], decision="attend", flags_required=[],
             tags=["docx-tracked-changes", "docx-comments", "transfer-in", "out-of-area-lancashire", "tick-absent", "cjsm-sender"],
             notes="Kirklees (Wakefield rules) transfer-in = initial; another force actively investigating wilful neglect (item 3)"), 4705)


def case06():
    f = Form("Bradford Council - Children's Services - Child Protection Conference Team",
             "Review Child Protection Conference - Booking", "Claire Hardaker", "2027-01-20T16:20:00Z")
    f.table([["Type", "Review CPC"], ["Date", "29/01/2027"], ["Time", "10:00"],
             ["Venue", "Keighley Town Hall, Room 2"], ["Chair", "Rashid Mahmood"], ["Category", "Neglect"]])
    f.table([["Name", "DOB", "Role"], ["Kai Sugden", "13/08/2013", "Child"],
             ["Lorraine Sugden", "30/04/1979", "Mother"]])
    f.para("Summary since last conference", heading=True)
    f.para("Kai's attendance has improved to 88%. Home conditions are now adequate. In 2022 the police investigated an allegation that Ms Sugden's former partner assaulted Kai; this resulted in no further action and the former partner has had no contact since.")
    f.para("There is no current police involvement.")
    f.para("Police", heading=True)
    f.table([[[("del", X), ("ins", O)], "Police attendance required"],
             [[("del", O), ("ins", X)], "Written report sufficient"]],
            comment_at=((1, 1), "Changed - police have no role in the current plan. CH (TM)"))
    note = "RCPC booking attached.\nThanks\nClaire Hardaker, Team Manager, Keighley Assessment & Child Protection"
    send("J-47-06-bradford-rcpc-docx-tracked-tick-report-only", "Claire Hardaker <claire.hardaker@bradford.gov.uk>",
         "RCPC booking - SUGDEN - 29/01", london(2027, 1, 21, 8, 15), note, f,
         "RCPC SUGDEN.docx", dict(
             district="bradford", kind="review", date="2027-01-29", time="10:00", police_attendance_requested=False,
             harm_categories=["neglect"], children=kids(("Kai Sugden", "2013-08-13")),
             adults=["Lorraine Sugden"], criteria=["prior_unit_involvement"], decision="report_only", flags_required=[],
             tags=["docx-tracked-changes", "docx-comments", "tick-changed-by-manager", "review", "nfa-historical", "tick-report"],
             notes="Bradford (Wakefield rules) review; tick changed by tracked change to written report; 2022 NFA is prior involvement only"), 4706)


def case07():
    f = Form("Leeds City Council - Children and Families - Integrated Safeguarding Unit",
             "Request for Child Protection Conference (Pre-birth)", "Karen Whitaker", "2026-12-14T15:10:00Z")
    f.table([["Conference type", "Pre-birth ICPC"], ["Conference date", "23/12/2026"], ["Start time", "11:00"],
             ["Location", "Microsoft Teams"], ["Mosaic ID", "MOS-781190"], ["Chair", "Benjamin Asante"],
             ["Category", "Emotional"]])
    f.table([["Name", "DOB / EDD", "Relationship"], ["Unborn baby Nowak", "EDD 02/03/2027", "Unborn child"],
             ["Zuzanna Nowak", "12/12/2003", "Mother"], ["Kyle Brook", "01/04/2001", "Father of unborn"]])
    f.para("Reason for requesting conference", heading=True)
    f.para("Serious domestic abuse. Mr Brook assaulted Ms Nowak on 29/11/2026 when she was 26 weeks pregnant (kicked to the abdomen). He was arrested and released on police bail with conditions not to contact Ms Nowak.")
    f.para([("t", "The Leeds Domestic Violence Team co-ordinator is working with Ms Nowak and the case is listed for MARAC on 17/12/2026. "),
            ("ins", "Bail extended to 20/01/2027 with the same conditions.")],
           comment=None)
    f.para("Ms Nowak says she wants to resume the relationship once the baby is born.",
           comment="KW: added bail update from OIC 14/12")
    f.para("Police", heading=True)
    f.table([["Is police attendance requested at this conference?", "Yes"]])
    note = "Hi, pre-birth request attached for Baby Nowak. Many thanks, Karen (ISU)"
    send("J-47-07-leeds-prebirth-docx-tracked-domestic-abuse", "Karen Whitaker <karen.whitaker@leeds.gov.uk>",
         "Pre-birth ICPC request - NOWAK - 23/12/2026", london(2026, 12, 15, 12, 30), note, f,
         "Pre-birth request NOWAK.docx", dict(
             district="leeds", kind="initial", pre_birth=True, date="2026-12-23", time="11:00", police_attendance_requested=True,
             harm_categories=["emotional"], children=[{"name": "Unborn baby Nowak", "date_of_birth": None}],
             adults=["Zuzanna Nowak", "Kyle Brook"], criteria=["domestic_abuse_current_involvement"], decision="attend", flags_required=[],
             tags=["docx-tracked-changes", "docx-comments", "pre-birth", "bail", "dv-coordinator", "tick-attend"],
             notes="pre-birth ICPC (counts as initial); serious DA with bail conditions and DV co-ordinator involvement (Leeds item 5)"), 4707)


if __name__ == "__main__":
    for f in (case01, case02, case03, case04, case05, case06, case07):
        f()
