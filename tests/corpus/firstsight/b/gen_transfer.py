"""Layout 9: out-of-area transfer form (another authority's template) forwarded by a West Yorkshire
council: two-column label | value table, Date/Time in one cell, 'Name (dd/mm/yyyy)' and
'Name - relationship' entries."""
import datetime as dt
from lib import Pdf, build_email, write_label, kid, PDF, DOCX, docx_bytes
from gen_docx import D

W2 = [190, 325]

def pdf_form(authority, title, rows, marking="OFFICIAL-SENSITIVE"):
    p = Pdf(title=title, author=authority)
    p.right(marking, bold=True)
    p.text(authority, size=11, bold=True)
    p.text(title, size=13, bold=True)
    p.y -= 4
    p.table(rows, W2, shade_first_col=True)
    return p

def docx_form(authority, title, rows, marking="OFFICIAL-SENSITIVE"):
    d = D()
    d.p(marking, bold=True)
    d.p(authority, bold=True)
    d.h(title)
    d.table(rows)
    return d

def fwd_body(intro, orig_from, orig_date, orig_subj, orig_text, sign):
    return (f"{intro}\n\n{sign}\n\n"
            f"-----Original Message-----\nFrom: {orig_from}\nSent: {orig_date}\nSubject: {orig_subj}\n\n{orig_text}\n")

def texts(subj, body, fname, obj):
    return [subj, body] + [x for x in body.split("\n\n") if x.strip()] + \
           [l for l in body.split("\n") if l.strip()] + [fname] + obj.texts

CASES = []
def case(f): CASES.append(f); return f

@case
def b_09a():
    name = "b-09a-wakefield-transfer-in-pdf-2col-rui-other-force-attend"
    rec = dt.datetime(2026, 12, 21, 10, 15)
    rows = [["**Section 1 - Transfer details"],
            ["Originating authority", "Harrowdale Metropolitan Borough Council"],
            ["Receiving authority", "Wakefield Council"],
            ["Date child became subject of a plan", "14/07/2026"],
            ["Date of last review conference (originating)", "20/10/2026"],
            ["Transfer-in conference (receiving authority)", "Date/Time: Tues 12th January 2027 at 2pm\nVenue: Wakefield One, Burton Street"],
            ["**Section 2 - Family"],
            ["Child(ren)", "Skye Naylor (03/08/2014)\nBailey Naylor (29/11/2017)"],
            ["Adults in household", "Toni Naylor - mother\nRicky Hartley - mother's partner"],
            ["New address", "Normanton, Wakefield (full address on file)"],
            ["**Section 3 - Plan"],
            ["Category of plan", "Sexual abuse"],
            ["Summary of concerns / reason for transfer", "The family moved to Normanton in November 2026. Skye disclosed in September 2026 that Mr Hartley had sexually abused her. Mr Hartley was arrested by Harrowdale Police on 2 October 2026, interviewed and released under investigation; the investigation remains open. Skye's ABE interview has taken place and the file is with the CPS for a charging decision."],
            ["Police attendance requested at transfer-in conference?", "Yes"],
            ["Completed by", "Grace Okonjo, Social Worker, Harrowdale CSC - 15/12/2026"]]
    p = pdf_form("Harrowdale Metropolitan Borough Council", "Child Protection Transfer Out - Notification to Receiving Authority", rows)
    pdf = p.bytes()
    fname = "Transfer out form - NAYLOR.pdf"
    body = fwd_body("Please see below and attached: transfer-in conference for the NAYLOR children, who now live in Normanton. "
                    "The conference will be on Tuesday 12 January 2027 at 2pm.",
                    "Grace Okonjo <grace.okonjo@harrowdale.example.gov.uk>", "15 December 2026 16:02",
                    "Transfer out - NAYLOR", "Hello, please find our transfer-out form attached. Regards, Grace",
                    "Gillian Ingham\nSafeguarding and Review Unit, Wakefield Council")
    subj = "FW: Transfer out - NAYLOR - transfer-in CPC 12/01/2027"
    build_email(name, "wakefield", "Gillian Ingham", "gillian.ingham", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="wakefield", kind="transfer_in", pre_birth=False, date="2027-01-12", time="14:00",
        tick=True, harm=["sexual"], children=[kid("Skye Naylor", "03/08/2014"), kid("Bailey Naylor", "29/11/2017")],
        adults=["Toni Naylor", "Ricky Hartley"], criteria=["current_investigation"], decision="attend",
        received=rec, texts=texts(subj, body, fname, p),
        tags=["transfer-in", "two-column-table", "datetime-one-cell", "name-(dob)", "name-relationship", "forwarded",
              "district-wakefield", "tick-yes", "other-force-investigation", "bank-holidays", "date-traps"],
        notes="open RUI sexual-abuse investigation (other force) and CPS decision pending = current investigation -> attend; plan and review dates on the form are not the conference date")

@case
def b_09b():
    name = "b-09b-leeds-transfer-in-docx-2col-neglect-late-notice"
    rec = dt.datetime(2026, 12, 17, 14, 0)
    rows = [["Section A: Transfer", ""],
            ["Transferring authority", "North Ravensmoor County Council"],
            ["Authority receiving the transfer", "Leeds City Council"],
            ["Date/Time", "Tuesday 22nd December 2026, 10.00 a.m. (Leeds transfer-in conference)"],
            ["Venue", "Merrion House, Leeds"],
            ["Section B: Family", ""],
            ["Child", "Mia Kowalski (12/12/2012)"],
            ["Parents / carers", "Agnieszka Kowalska - mother; Piotr Kowalski - father"],
            ["Section C: Plan details", ""],
            ["Category", "Neglect"],
            ["Reason for plan", "Long-standing neglect of Mia's health needs (type 1 diabetes poorly managed, missed clinic appointments, two hospital admissions with ketoacidosis in 2026). The family moved to Leeds on 1 December 2026."],
            ["Police involvement", "None known to this authority."]]
    d = docx_form("North Ravensmoor County Council - Children's Services", "Transfer of Child Protection Plan to Another Local Authority", rows)
    data = docx_bytes(d.doc)
    fname = "NRCC Transfer KOWALSKI.docx"
    body = fwd_body("Forwarded for information and report: Leeds transfer-in conference for Mia KOWALSKI, Tuesday 22/12/2026 10am. "
                    "Apologies for the short notice - the paperwork reached us late from North Ravensmoor.",
                    "CP Team <cpteam@northravensmoor.example.gov.uk>", "16 December 2026 11:40",
                    "Transfer of CP plan - KOWALSKI", "Please see transfer form attached.",
                    "Faye Lockwood\nIntegrated Safeguarding Unit, Leeds City Council")
    subj = "FW: Transfer of CP plan - KOWALSKI"
    build_email(name, "leeds", "Faye Lockwood", "isu.conferences", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="leeds", kind="transfer_in", pre_birth=False, date="2026-12-22", time="10:00",
        tick=None, harm=["neglect"], children=[kid("Mia Kowalski", "12/12/2012")],
        adults=["Agnieszka Kowalska", "Piotr Kowalski"], criteria=[], decision="report_only",
        received=rec, texts=texts(subj, body, fname, d), not_forbid=["tickbox_ambiguous"],
        tags=["transfer-in", "two-column-table", "datetime-one-cell", "name-(dob)", "several-people-one-cell", "forwarded",
              "district-leeds", "tick-absent", "trap-category-neglect", "late-notice"],
        notes="neglect plan, no police involvement -> report_only; received Thu 17 Dec for Tue 22 Dec = 3 working days < 5 -> late_notice")

@case
def b_09c():
    name = "b-09c-calderdale-transfer-in-pdf-2col-cse-discuss"
    rec = dt.datetime(2026, 12, 9, 11, 30)
    rows = [["**Part A - Transfer"],
            ["Originating authority", "Harrowdale Metropolitan Borough Council"],
            ["Receiving authority", "Calderdale Council"],
            ["Date/Time", "Mon 21st December 2026 at 1.30pm"],
            ["Venue", "Northgate House, Halifax"],
            ["**Part B - Family"],
            ["Child", "Courtney Bright (07/07/2009)"],
            ["Household", "Sharon Bright - mother\nWayne Bright - maternal uncle (lives with the family)"],
            ["**Part C - Risk"],
            ["Category of plan", "Sexual abuse"],
            ["Reason / current risks", "Courtney was sexually exploited by a group of adult men in Harrowdale in 2025-2026. Child sexual exploitation remains a considered risk: the CSE risk assessment reviewed in November 2026 was graded high, and she is still receiving messages from one of the men. Her mother moved the family to Brighouse to put distance between Courtney and the group."],
            ["Police attendance requested?", "No - report only"],
            ["Completed by / date", "Aaron Blake, Harrowdale CSC, 04/12/2026"]]
    p = pdf_form("Harrowdale Metropolitan Borough Council", "Child Protection Transfer Out - Notification to Receiving Authority", rows)
    pdf = p.bytes()
    fname = "Transfer notification BRIGHT.pdf"
    body = ("Good morning,\n\nThe attached transfer notification from Harrowdale relates to Courtney BRIGHT, who has moved to Brighouse. "
            "We have arranged the transfer-in conference for Monday 21 December 2026 at 1.30pm.\n\n"
            "Regards\nSarah Greenwood\nChild Protection Administration, Calderdale Council")
    subj = "Transfer-in conference - BRIGHT - 21/12/2026"
    build_email(name, "calderdale", "Sarah Greenwood", "cp.admin", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="calderdale", kind="transfer_in", pre_birth=False, date="2026-12-21", time="13:30",
        tick=False, harm=["sexual"], children=[kid("Courtney Bright", "07/07/2009")],
        adults=["Sharon Bright", "Wayne Bright"], criteria=["child_sexual_exploitation"], decision="discuss",
        received=rec, texts=texts(subj, body, fname, p),
        tags=["transfer-in", "two-column-table", "datetime-one-cell", "name-relationship", "district-calderdale", "tick-no", "cse"],
        notes="CSE a current considered risk; Calderdale lists CSE only as 'other criterion' -> discuss (POLICY choice), despite 'report only'")

@case
def b_09d():
    name = "b-09d-wakefield-transfer-in-docx-2col-nfa-historical-yes-discuss"
    rec = dt.datetime(2026, 11, 24, 10, 0)
    rows = [["TRANSFER DETAILS", ""],
            ["Transferring local authority", "North Ravensmoor County Council"],
            ["Receiving local authority", "Wakefield Council"],
            ["Date/Time", "Thursday 3rd December 2026 @ 9:30am"],
            ["Place", "Castleford Civic Centre"],
            ["FAMILY", ""],
            ["Children", "Jenson Pratt (16/04/2015), Lily-Rose Pratt (30/06/2018)"],
            ["Adults", "Kerry Pratt - mother; Steven Pratt - father"],
            ["PLAN", ""],
            ["Category", "Emotional abuse"],
            ["Why is there a plan?", "Both parents misuse alcohol and there are frequent loud arguments; the children are anxious and Jenson has been self-harming. In 2023 Mr Pratt was investigated by police after an allegation that he had touched Lily-Rose inappropriately; the investigation was closed with no further action and there have been no concerns of that kind since."],
            ["Police attendance requested at conference (Y/N)", "Y"]]
    d = docx_form("North Ravensmoor County Council - Children's Services", "Transfer of Child Protection Plan to Another Local Authority", rows)
    data = docx_bytes(d.doc)
    fname = "Transfer form PRATT.docx"
    body = fwd_body("Please see the transfer paperwork from North Ravensmoor below. Transfer-in conference: 03/12/2026 at 09:30, Castleford Civic Centre.",
                    "CP Team <cpteam@northravensmoor.example.gov.uk>", "20 November 2026 09:12",
                    "Transfer - PRATT", "Transfer form attached as discussed.",
                    "Lorraine Eastwood\nSafeguarding and Review Unit")
    subj = "FW: Transfer - PRATT"
    build_email(name, "wakefield", "Lorraine Eastwood", "sru.conferences", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="wakefield", kind="transfer_in", pre_birth=False, date="2026-12-03", time="09:30",
        tick=True, harm=["emotional"], children=[kid("Jenson Pratt", "16/04/2015"), kid("Lily-Rose Pratt", "30/06/2018")],
        adults=["Kerry Pratt", "Steven Pratt"], criteria=["prior_unit_involvement"], decision="discuss",
        received=rec, texts=texts(subj, body, fname, d),
        tags=["transfer-in", "two-column-table", "datetime-one-cell", "several-people-one-cell", "forwarded", "district-wakefield",
              "tick-yn", "trap-nfa", "trap-historical-no-escalation"],
        notes="2023 investigation closed NFA with no escalation (prior involvement only, not a Wakefield item); police attendance requested 'Y' -> discuss")

@case
def b_09e():
    name = "b-09e-leeds-transfer-in-pdf-2col-escalation-attend"
    rec = dt.datetime(2026, 11, 30, 9, 40)
    rows = [["**1. Transfer"],
            ["From", "Tamesford Borough Council"],
            ["To", "Leeds City Council (Integrated Safeguarding Unit)"],
            ["Date/Time", "Weds 9th Dec 2026 at 2pm"],
            ["Venue", "Merrion House, Leeds - Room 3"],
            ["**2. People"],
            ["Child", "Ruby-Jo Clegg (25/01/2016)"],
            ["Significant adults", "Donna Clegg - mother\nShaun Rider - mother's partner\nEileen Clegg - maternal grandmother"],
            ["**3. Concerns"],
            ["Category", "Physical abuse"],
            ["Reason for plan and current risk", "In 2024 Tamesford police investigated Mr Rider after Ruby-Jo suffered a broken wrist; the case was closed with no further action. Since the plan was made the risk has escalated: Mr Rider moved back into the home in October 2026 in breach of the written agreement, Ruby-Jo has had two further unexplained injuries in November and has told her teacher that she is scared of him."],
            ["Police attendance requested?", ""]]
    p = pdf_form("Tamesford Borough Council", "Notification of Transfer of Child Protection Plan", rows)
    pdf = p.bytes()
    fname = "Tamesford transfer CLEGG.pdf"
    body = fwd_body("FYI - transfer-in conference for Ruby-Jo CLEGG, 9 December 2026 at 2pm. Form from Tamesford attached.",
                    "Safeguarding Hub <safeguarding.hub@tamesford.example.gov.uk>", "27 November 2026 15:30",
                    "Transfer notification - CLEGG", "Please see attached notification of transfer.",
                    "Pauline Verity\nIntegrated Safeguarding Unit")
    subj = "FW: Transfer notification - CLEGG"
    build_email(name, "leeds", "Pauline Verity", "isu.conferences", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="leeds", kind="transfer_in", pre_birth=False, date="2026-12-09", time="14:00",
        tick=None, harm=["physical"], children=[kid("Ruby-Jo Clegg", "25/01/2016")],
        adults=["Donna Clegg", "Shaun Rider", "Eileen Clegg"], criteria=["previous_investigation_escalation", "prior_unit_involvement"],
        decision="attend", received=rec, texts=texts(subj, body, fname, p), not_forbid=["tickbox_ambiguous"],
        tags=["transfer-in", "two-column-table", "datetime-one-cell", "name-relationship", "several-people-one-cell", "forwarded",
              "district-leeds", "tick-blank", "previous-investigation-escalation"],
        notes="previous police investigation of physical abuse (NFA) plus clear escalation (perpetrator back in home, new injuries) = Leeds item 2 -> attend")

@case
def b_09f():
    name = "b-09f-bradford-transfer-in-docx-2col-negotiated-deadline-passed"
    rec = dt.datetime(2026, 12, 15, 15, 30)
    rows = [["Transfer", ""],
            ["Transferring local authority", "Tamesford Borough Council"],
            ["Receiving local authority", "City of Bradford Metropolitan District Council"],
            ["Date/Time", "Thurs 17th December 2026 at 10am"],
            ["Venue", "Britannia House, Bradford"],
            ["Family", ""],
            ["Children", "Amir Hussain (19/03/2020)\nSafa Hussain (02/09/2022)"],
            ["Adults", "Nadia Begum - mother\nTariq Hussain - father"],
            ["Plan", ""],
            ["Category", "Physical abuse"],
            ["Summary", "Amir was found to have a spiral fracture of the arm in June 2026 for which the parents gave no explanation. Following a fact-finding hearing the family court found that Mr Hussain caused the injury. The family moved to Bradford in November 2026."],
            ["Police attendance requested?", "Not known"]]
    d = docx_form("Tamesford Borough Council - Children's Social Care", "Notification of Transfer of Child Protection Plan", rows)
    data = docx_bytes(d.doc)
    fname = "Transfer HUSSAIN.docx"
    body = ("Dear CPPU,\n\nPlease find attached the transfer paperwork for Amir and Safa HUSSAIN. The transfer-in conference is on Thursday 17 December at 10am at Britannia House.\n\n"
            "The Chair, Mrs Pamela Ellis, has spoken with DI Sandra Ogden of the Bradford Safeguarding Unit and it has been agreed that police will attend this conference. "
            "We are sorry that the paperwork is reaching you so late.\n\n"
            "Conference and Reviewing Service\nBradford Council")
    subj = "Transfer-in CPC HUSSAIN 17/12/2026 - police attendance agreed"
    build_email(name, "bradford", "Conference and Reviewing Service", "conference.service", subj, body, [(fname, data, DOCX)], rec)
    write_label(name, district="bradford", kind="transfer_in", pre_birth=False, date="2026-12-17", time="10:00",
        tick=None, harm=["physical"], children=[kid("Amir Hussain", "19/03/2020"), kid("Safa Hussain", "02/09/2022")],
        adults=["Nadia Begum", "Tariq Hussain"], criteria=["negotiated_attendance"], decision="attend",
        received=rec, texts=texts(subj, body, fname, d), not_forbid=["tickbox_ambiguous"],
        tags=["transfer-in", "two-column-table", "datetime-one-cell", "district-bradford", "negotiated", "deadline-passed", "wakefield-rules"],
        notes="chair and DI agreed police attendance (Wakefield item 8, Bradford on Wakefield rules) -> attend; report due Mon 14 Dec is before receipt Tue 15 Dec -> deadline_passed; no notice minimum for Bradford")

@case
def b_09g():
    name = "b-09g-calderdale-transfer-in-reschedule-pdf-2col-report-only"
    rec = dt.datetime(2026, 12, 8, 13, 0)
    rows = [["**Part A - Transfer"],
            ["Originating authority", "Tamesford Borough Council"],
            ["Receiving authority", "Calderdale Council"],
            ["Date/Time", "Thurs 10th December 2026 at 10am"],
            ["Venue", "Northgate House, Halifax"],
            ["**Part B - Family"],
            ["Child", "Ethan Moorhouse (11/02/2019)"],
            ["Household", "Kayla Moorhouse - mother\nConnor Lees - mother's partner"],
            ["**Part C - Plan"],
            ["Category of plan", "Neglect"],
            ["Reason for plan", "Poor home conditions, Ethan's dental decay and speech delay not addressed, and erratic school attendance. The family moved to Todmorden in November 2026. There has been no police involvement with the family."],
            ["Police attendance requested?", "No"]]
    p = pdf_form("Tamesford Borough Council", "Notification of Transfer of Child Protection Plan", rows)
    pdf = p.bytes()
    fname = "Transfer MOORHOUSE.pdf"
    body = ("Good afternoon,\n\nPlease note the transfer-in conference for Ethan MOORHOUSE has been RESCHEDULED. "
            "It was due to take place on Thursday 10 December 2026 but will now be held on Monday 14 December 2026 at 11am, same venue (Northgate House). "
            "The original transfer paperwork is attached again for ease of reference; please ignore the date on the form.\n\n"
            "Regards\nMartin Sowden\nCP Administration | Calderdale Council")
    subj = "RESCHEDULED: Transfer-in conference MOORHOUSE - now 14/12/2026"
    build_email(name, "calderdale", "Martin Sowden", "cp.admin", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="calderdale", kind="transfer_in", pre_birth=False, date="2026-12-14", time="11:00",
        tick=False, harm=["neglect"], children=[kid("Ethan Moorhouse", "11/02/2019")],
        adults=["Kayla Moorhouse", "Connor Lees"], criteria=[], decision="report_only",
        received=rec, texts=texts(subj, body, fname, p), flags_required=["rescheduled"],
        tags=["transfer-in", "two-column-table", "reschedule", "district-calderdale", "tick-no", "date-conflict"],
        notes="reschedule: the new date in the body (14 Dec 11am) replaces the form's 10 Dec; neglect, no police involvement, 'No' -> report_only")

if __name__ == "__main__":
    for f in CASES:
        f()
        print("ok", f.__name__)
