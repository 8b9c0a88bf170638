"""Layout 8: Word (.docx) form with w14 content-control check boxes and legacy FORMCHECKBOX fields;
police question answered by 'Requested / Not requested' boxes or free text on the line below;
significant adults listed by role."""
import datetime as dt
from docx import Document
from docx.shared import Pt
from lib import (build_email, write_label, kid, DOCX, add_cc_checkbox, add_form_checkbox,
                 set_cell_borders, docx_bytes)

class D:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10)
        self.texts = []

    def h(self, t, level=1):
        self.doc.add_heading(t, level=level)
        self.texts.append(t)

    def p(self, t, bold=False):
        par = self.doc.add_paragraph()
        r = par.add_run(t)
        r.bold = bold
        self.texts.append(t)
        return par

    def boxes(self, par, items, mode):
        shown = []
        for i, (checked, label) in enumerate(items):
            if mode == "cc":
                add_cc_checkbox(par, checked)
                shown.append(("\u2612 " if checked else "\u2610 ") + label)
            else:
                add_form_checkbox(par, checked, name=f"Check{len(self.texts)}",
                                  use_default_only=(mode == "ffdefault"))
                shown.append(label)
            par.add_run(" " + label + ("      " if i < len(items) - 1 else ""))
            self.texts.append(label)
        self.texts.append("      ".join(shown))
        self.texts.append(" ".join(l for _, l in items))

    def boxline(self, items, mode="cc"):
        par = self.doc.add_paragraph()
        self.boxes(par, items, mode)

    def table(self, rows, header=None, widths=None):
        ncol = len(header or rows[0])
        t = self.doc.add_table(rows=0, cols=ncol)
        set_cell_borders(t)
        allrows = ([header] if header else []) + rows
        for ri, row in enumerate(allrows):
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                par = cells[ci].paragraphs[0]
                if isinstance(val, tuple):  # ('cc'|'ff'|'ffdefault', [(checked,label),...])
                    self.boxes(par, val[1], val[0])
                else:
                    r = par.add_run(val)
                    if header and ri == 0:
                        r.bold = True
                    self.texts.append(val)
            if not any(isinstance(v, tuple) for v in row):
                self.texts.append(" ".join(v for v in row if v))
        self.doc.add_paragraph()
        return t

def email_texts(subject, body, fname, d):
    return [subject, body] + [x for x in body.split("\n\n") if x.strip()] + [fname] + d.texts

def police_q(d, mode, req=None, free=None, q="Is police attendance at the conference requested?"):
    d.p(q, bold=True)
    if free is not None:
        d.p(free)
    else:
        d.boxline([(req is True, "Requested"), (req is False, "Not requested")], mode)

CASES = []
def case(f): CASES.append(f); return f

@case
def b_08a():
    name = "b-08a-leeds-icpc-docx-cc-rso-partner-attend"
    rec = dt.datetime(2026, 12, 9, 10, 30)
    d = D()
    d.p("OFFICIAL-SENSITIVE", bold=True)
    d.h("Leeds Children and Families - Child Protection Conference Booking Form")
    d.table([["Conference", ("cc", [(True, "Initial"), (False, "Review"), (False, "Transfer-in")])],
             ["Date of conference", "Thursday 17th December 2026"],
             ["Start time", "1pm"],
             ["Location", "Merrion House, Leeds - Conference Room 4"],
             ["Allocated social worker", "Joanne Pratt (Leeds South)"]])
    d.h("Children", 2)
    d.table([["Noah Varley", "01/04/2018", "Male", "Beeston Primary"],
             ["Ava Varley", "19/02/2021", "Female", "Little Acorns Nursery"]],
            header=["Name", "Date of birth", "Gender", "School / nursery"])
    d.h("Significant adults", 2)
    d.table([["Mother", "Stacey Varley", "11/09/1992", "Yes"],
             ["Partner", "Carl Dobson", "24/06/1985", "Staying most nights"],
             ["Grandparent", "Linda Varley (maternal grandmother)", "02/03/1965", "No - provides childcare"]],
            header=["Role", "Name", "DOB", "Lives in household?"])
    d.h("Reason for conference", 2)
    d.p("Ms Varley began a relationship with Carl Dobson in the summer. Mr Dobson is a registered sex offender managed under MAPPA category 1 following a 2017 conviction for sexual assault of a 12-year-old girl. He has been staying overnight at the family home and has collected Noah from school. Ms Varley does not accept that he poses a risk.")
    police_q(d, "cc", req=True)
    d.p("Completed by: Joanne Pratt, 07/12/2026")
    data = docx_bytes(d.doc)
    fname = "CPC Booking Form - VARLEY.docx"
    body = ("Hi,\n\nPlease find attached the booking form for an initial child protection conference for Noah and Ava VARLEY.\n\n"
            "Regards\nAnthony Kaye\nIntegrated Safeguarding Unit | Leeds City Council")
    subj = "ICPC VARLEY - booking form attached"
    build_email(name, "leeds", "Anthony Kaye", "anthony.kaye", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="leeds", kind="initial", pre_birth=False, date="2026-12-17", time="13:00",
        tick=True, harm=None, children=[kid("Noah Varley", "01/04/2018"), kid("Ava Varley", "19/02/2021")],
        adults=["Stacey Varley", "Carl Dobson", "Linda Varley"], criteria=["registered_sex_offender"], decision="attend",
        received=rec, texts=email_texts(subj, body, fname, d),
        tags=["docx-content-control", "roles-table", "header-row-table", "district-leeds", "initial", "tick-attend", "rso", "mappa-cat1"],
        notes="mother's partner is an RSO (MAPPA category 1) staying at the home: Leeds item 6 -> attend")

@case
def b_08b():
    name = "b-08b-wakefield-icpc-docx-formcheckbox-police-protection-conflict"
    rec = dt.datetime(2026, 12, 7, 8, 55)
    d = D()
    d.p("OFFICIAL-SENSITIVE", bold=True)
    d.h("Wakefield Council - Request for Initial Child Protection Conference")
    d.table([["Type of conference", ("ff", [(True, "Initial CPC"), (False, "Review CPC"), (False, "Transfer-in")])],
             ["Date", "14/12/2026"],
             ["Time", "09.30"],
             ["Venue", "Wakefield One, Room 1.07"],
             ["CareDirector ID", "CD455810"]])
    d.h("Child(ren)", 2)
    d.table([["Freya Marsh", "02/02/2016", "Female"], ["Ollie Marsh", "10/10/2019", "Male"]],
            header=["Name", "Date of birth", "Gender"])
    d.h("Significant adults", 2)
    d.table([["Mother", "Kayleigh Marsh"], ["Father", "Jason Marsh"],
             ["Current carer", "Janet Marsh (paternal grandmother)"]],
            header=["Role", "Name"])
    d.h("Reason for conference", 2)
    d.p("On the night of 27/11/2026 neighbours called the police after hearing the children crying. Officers found Freya and Ollie alone in the house with no heating; Ms Marsh returned two hours later heavily intoxicated. The children were taken into police protection under section 46 Children Act 1989 and placed with their paternal grandmother, where they remain under a safety plan.")
    police_q(d, "ff", req=False)
    d.p("Category of concern: Neglect")
    data = docx_bytes(d.doc)
    fname = "ICPC request CD455810.docx"
    body = ("Morning,\n\nAttached is the ICPC request for the MARSH children (CD455810). Conference Monday 14th December, 9.30am.\n\n"
            "Thanks\nLorraine Eastwood\nSafeguarding and Review Unit")
    subj = "ICPC - MARSH - CD455810"
    build_email(name, "wakefield", "Lorraine Eastwood", "sru.conferences", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="wakefield", kind="initial", pre_birth=False, date="2026-12-14", time="09:30",
        tick=False, harm=["neglect"], children=[kid("Freya Marsh", "02/02/2016"), kid("Ollie Marsh", "10/10/2019")],
        adults=["Kayleigh Marsh", "Jason Marsh", "Janet Marsh"], criteria=["police_protection"], decision="attend",
        received=rec, texts=email_texts(subj, body, fname, d), flags_required=["tickbox_conflict"],
        tags=["docx-formcheckbox", "roles-table", "district-wakefield", "initial", "tick-report", "police-protection", "tickbox-conflict"],
        notes="conference arises from s46 police protection (item 4) -> attend; legacy checkbox 'Not requested' is checked -> tickbox_conflict")

@case
def b_08c():
    name = "b-08c-calderdale-icpc-docx-freetext-prior-involvement-attend"
    rec = dt.datetime(2026, 12, 15, 12, 0)
    d = D()
    d.p("OFFICIAL - SENSITIVE", bold=True)
    d.h("Calderdale Council - Initial Child Protection Conference Booking Form")
    d.table([["Conference", "Initial child protection conference"],
             ["When", "10am, Wednesday 6 January 2027"],
             ["Where", "Northgate House, Halifax (Room 2) or Teams"],
             ["Chair", "Imran Qureshi"]])
    d.h("Child", 2)
    d.table([["Harvey Tattersall", "22/03/2020", "Ash Green Nursery"]], header=["Name", "DOB", "Setting"])
    d.h("Significant adults", 2)
    d.table([["Mother", "Amy Tattersall", "Yes"], ["Partner", "Jack Wilby", "Yes"],
             ["Father", "Sean Tattersall", "No - lives in Sowerby Bridge"]],
            header=["Role", "Name", "In household"])
    d.h("Reason for conference", 2)
    d.p("Harvey attended nursery on 3 December 2026 with bruising to his cheek and ear. Ms Tattersall said he fell against a door. The child protection medical could not exclude a non-accidental injury. A strategy discussion agreed that the enquiry would be led by children's social care.")
    d.p("Police information shared at the strategy discussion: in 2022 Mr Wilby was arrested by the Calderdale Safeguarding Unit on suspicion of assaulting his former partner's three-year-old daughter. That investigation ended with no further action because of insufficient evidence.")
    police_q(d, None, free="A written report will be sufficient.", q="Police - is attendance at conference requested? (please give details)")
    data = docx_bytes(d.doc)
    fname = "ICPC Booking Form TATTERSALL.docx"
    body = ("Good afternoon,\n\nPlease see attached booking form - ICPC TATTERSALL, 06/01/2027.\n\n"
            "Martin Sowden\nCP Administration | Calderdale Council")
    subj = "ICPC booking - TATTERSALL - 06/01/2027"
    build_email(name, "calderdale", "Martin Sowden", "cp.admin", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="calderdale", kind="initial", pre_birth=False, date="2027-01-06", time="10:00",
        tick=False, harm=None, children=[kid("Harvey Tattersall", "22/03/2020")],
        adults=["Amy Tattersall", "Jack Wilby", "Sean Tattersall"], criteria=["prior_unit_involvement"], decision="attend",
        received=rec, texts=email_texts(subj, body, fname, d), flags_required=["tickbox_conflict"],
        tags=["docx-freetext-answer", "roles-table", "district-calderdale", "initial", "tick-freetext-report", "prior-involvement",
              "trap-nfa", "trap-strategy-discussion", "bank-holidays"],
        notes="Calderdale: the safeguarding unit arrested the partner in 2022 for assaulting a child (NFA) = previous significant involvement -> attend; free text says report sufficient -> tickbox_conflict; report due skips 1 Jan")

@case
def b_08d():
    name = "b-08d-wakefield-rcpc-docx-core-group-attend"
    rec = dt.datetime(2026, 12, 2, 16, 10)
    d = D()
    d.p("OFFICIAL-SENSITIVE", bold=True)
    d.h("Wakefield Council - Review Child Protection Conference Booking Form")
    d.table([["Type of conference", ("cc", [(False, "Initial"), (True, "Review"), (False, "Transfer-in")])],
             ["Review number", "1st review"],
             ["Date / time", "Fri 18/12/26 1.30pm"],
             ["Venue", "Pontefract Town Hall, Committee Room"]])
    d.h("Child", 2)
    d.table([["Charlie Stead", "30/01/2012", "Carleton High School"]], header=["Name", "Date of birth", "School"])
    d.h("Significant adults", 2)
    d.table([["Mother", "Lisa Stead"], ["Stepfather (not in household - bail conditions)", "Mark Jowett"]],
            header=["Role", "Name"])
    d.h("Reason for review and progress", 2)
    d.p("Charlie has been on a child protection plan under the category of physical abuse since the initial conference on 17/09/2026, after he was assaulted by his stepfather in July 2026. The police investigation into that assault is still open and Mr Jowett remains on pre-charge bail with a condition not to contact Charlie.")
    d.p("PC Dawn Sykes of the Wakefield Child and Public Protection Unit is a member of the core group, and the child protection plan includes police actions: monitoring Mr Jowett's bail conditions and joint visits with the social worker.")
    police_q(d, "ffdefault", req=True)
    data = docx_bytes(d.doc)
    fname = "RCPC booking form STEAD.docx"
    body = ("Dear colleagues,\n\nPlease find attached the booking form for Charlie STEAD's first review conference.\n\n"
            "Kind regards\nDarren Walsh\nSafeguarding and Review Unit, Wakefield Council")
    subj = "RCPC - STEAD - Friday 18 December"
    build_email(name, "wakefield", "Darren Walsh", "darren.walsh", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="wakefield", kind="review", pre_birth=False, date="2026-12-18", time="13:30",
        tick=True, harm=["physical"], children=[kid("Charlie Stead", "30/01/2012")],
        adults=["Lisa Stead", "Mark Jowett"], criteria=["core_group_member", "current_investigation"], decision="attend",
        received=rec, texts=email_texts(subj, body, fname, d),
        tags=["docx-content-control", "docx-formcheckbox-default", "roles-table", "district-wakefield", "review", "tick-attend", "core-group"],
        notes="review where police are core-group members with plan actions (Wakefield 5.1) -> attend; 'Requested' legacy box is checked via w:default only")

@case
def b_08e():
    name = "b-08e-leeds-rcpc-docx-cc-allegation-rso-elsewhere-report-only"
    rec = dt.datetime(2026, 12, 1, 10, 20)
    d = D()
    d.p("OFFICIAL-SENSITIVE", bold=True)
    d.h("Leeds Children and Families - Child Protection Conference Booking Form")
    d.table([["Conference", ("cc", [(False, "Initial"), (True, "Review"), (False, "Transfer-in")])],
             ["Date of conference", "Wednesday 16th December 2026"],
             ["Start time", "10am"],
             ["Location", "Armley One Stop Centre - Meeting Room 2"],
             ["Allocated social worker", "Kieran Moss (Leeds West)"]])
    d.h("Children", 2)
    d.table([["Daisy Fenton", "17/05/2016", "Female", "Five Lanes Primary"],
             ["Archie Fenton", "08/12/2019", "Male", "Five Lanes Primary"]],
            header=["Name", "Date of birth", "Gender", "School / nursery"])
    d.h("Significant adults", 2)
    d.table([["Mother", "Rachel Fenton", "Yes"], ["Father", "Lee Fenton", "No"],
             ["Grandparent", "Maureen Fenton (paternal grandmother) - supervises contact", "No"]],
            header=["Role", "Name", "Lives in household?"])
    d.h("Reason for conference", 2)
    d.p("Second review of the plan made under the category of neglect. School attendance has improved to 93% and the home is now clean and well stocked.")
    d.p("Ms Fenton alleges that Mr Fenton pushed her during a contact handover in November; Mr Fenton disputes this and the incident was not reported to the police.")
    d.p("Ms Fenton's brother, Gavin Hirst, is a registered sex offender. He lives in Cornwall and has had no contact with Ms Fenton or the children for more than ten years.")
    d.p("Core group: social worker, Five Lanes Primary, school nurse, Family Help worker, both parents.")
    police_q(d, "cc", req=False)
    data = docx_bytes(d.doc)
    fname = "RCPC Booking Form - FENTON.docx"
    body = ("Hi,\n\nPlease see attached booking form for the review conference for Daisy and Archie FENTON on 16/12/2026.\n\n"
            "Regards\nAnthony Kaye\nIntegrated Safeguarding Unit | Leeds City Council")
    subj = "RCPC FENTON 16.12.26"
    build_email(name, "leeds", "Anthony Kaye", "anthony.kaye", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="leeds", kind="review", pre_birth=False, date="2026-12-16", time="10:00",
        tick=False, harm=["neglect"], children=[kid("Daisy Fenton", "17/05/2016"), kid("Archie Fenton", "08/12/2019")],
        adults=["Rachel Fenton", "Lee Fenton", "Maureen Fenton"], criteria=[], decision="report_only",
        received=rec, texts=email_texts(subj, body, fname, d),
        tags=["docx-content-control", "roles-table", "district-leeds", "review", "tick-report", "trap-allegation-only",
              "trap-rso-outside-household", "not-core-group"],
        notes="review, police not in core group; an unreported allegation and an RSO uncle in Cornwall with no contact meet nothing -> report_only; 11 WD notice meets Leeds' 10")

@case
def b_08f():
    name = "b-08f-kirklees-icpc-docx-freetext-ppo-offender-epo-discuss"
    rec = dt.datetime(2026, 12, 3, 15, 0)
    d = D()
    d.p("OFFICIAL-SENSITIVE", bold=True)
    d.h("Kirklees Council - Child Protection Conference Booking Form")
    d.table([["Conference type", ("ff", [(True, "Initial"), (False, "Review"), (False, "Transfer in"), (False, "Pre-birth")])],
             ["Date and time", "11/12/2026 at 11:00"],
             ["Venue", "Civic Centre 3, Huddersfield"]])
    d.h("Child", 2)
    d.table([["Leo Bentley", "04/09/2023"]], header=["Name", "DOB"])
    d.h("Significant adults", 2)
    d.table([["Mother", "Shannon Bentley"], ["Partner", "Dale Kershaw"],
             ["Current carer", "Michelle Bentley (maternal aunt)"]],
            header=["Role", "Name"])
    d.h("Reason for conference", 2)
    d.p("On 30 November 2026 Leo, aged three, was found by a member of the public walking alone along the A62 in the early morning and was taken home. Ms Bentley and Mr Kershaw were asleep and had not noticed he was missing. Kirklees applied for an Emergency Protection Order, which was granted on 2 December 2026, and Leo is staying with his maternal aunt.")
    d.p("Mr Kershaw is a PPO nominal (Prolific and Priority Offender) managed by the Integrated Offender Management team for burglary and vehicle crime. There are no allegations that he has harmed Leo.")
    police_q(d, None, free="Yes - the Chair would like a police officer to attend if possible, because of Mr Kershaw's offending.",
             q="Do you want the police to attend? If yes, why?")
    data = docx_bytes(d.doc)
    fname = "Booking Form - BENTLEY.docx"
    body = ("Hello,\n\nPlease find the booking form attached for an initial CP conference (BENTLEY) on Friday 11 December.\n\n"
            "Thanks\nRukhsana Bibi\nChild Protection Conference Service, Kirklees Council")
    subj = "ICPC - BENTLEY - 11/12/2026"
    build_email(name, "kirklees", "Rukhsana Bibi", "cpconferences", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="kirklees", kind="initial", pre_birth=False, date="2026-12-11", time="11:00",
        tick=True, harm=None, children=[kid("Leo Bentley", "04/09/2023")],
        adults=["Shannon Bentley", "Dale Kershaw", "Michelle Bentley"], criteria=[], decision="discuss",
        received=rec, texts=email_texts(subj, body, fname, d),
        tags=["docx-formcheckbox", "docx-freetext-answer", "roles-table", "district-kirklees", "initial", "tick-freetext-attend",
              "trap-ppo-offender", "trap-epo", "wakefield-rules"],
        notes="EPO is a court order and 'PPO nominal' a prolific offender, so no police protection; no criterion but police attendance requested in free text -> discuss (Wakefield rules for Kirklees)")

@case
def b_08g():
    name = "b-08g-wakefield-docx-chair-outcome-letter-not-invitation"
    rec = dt.datetime(2026, 12, 18, 11, 25)
    d = D()
    d.p("OFFICIAL-SENSITIVE", bold=True)
    d.h("Wakefield Council - Child Protection Conference: Chair's Outcome Record")
    d.table([["Conference held", "Initial CPC, 16/12/2026, Wakefield One"],
             ["Chair", "Simon Outhwaite"],
             ["Child", "Bobby Lodge (dob 21/08/2021)"]])
    d.p("Decision of the conference:", bold=True)
    d.boxline([(True, "Child protection plan - category Physical abuse"), (False, "Child in need plan"), (False, "No further action")], "cc")
    d.p("Police were represented at the conference by DC Amir Raza, who gave an update on the investigation.")
    d.p("First core group: Tuesday 5 January 2027, 10.00am, at the family home.")
    d.p("First review conference: Tuesday 16 March 2027 at 10.00am, Wakefield One.")
    d.p("Thank you for your contribution. The minutes will follow within 15 working days.")
    data = docx_bytes(d.doc)
    fname = "Chairs outcome record - LODGE.docx"
    body = ("Dear all,\n\nPlease find attached the Chair's outcome record from the initial conference for Bobby LODGE held on 16 December.\n\n"
            "Karen Holroyd\nSafeguarding and Review Unit")
    subj = "Outcome of ICPC - LODGE - 16/12/2026"
    build_email(name, "wakefield", "Karen Holroyd", "sru.admin", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="wakefield", kind=None, pre_birth=None, date=None, time=None,
        tick=None, harm=None, children=[kid("Bobby Lodge", "21/08/2021")], adults=None, criteria=None,
        decision="manual_review", received=rec, texts=email_texts(subj, body, fname, d),
        flags_required=["not_an_invitation"], non_invitation=True,
        not_forbid=["no_booking_form", "missing_reason", "missing_family_details", "missing_conference_date", "deadline_passed"],
        tags=["docx-content-control", "district-wakefield", "not-an-invitation", "chair-letter"],
        notes="a chair's outcome record after the conference (with a future review date in it) is not an invitation -> manual_review, not_an_invitation")

if __name__ == "__main__":
    for f in CASES:
        f()
        print("ok", f.__name__)
