"""Layout 87: conference packs as one multi-page PDF: invitation letter (page 1), distribution
list (page 2), agency report template with prompts (page 3+); family details only in the
letter's subject line or a table on a later page; headers/footers repeat the case reference."""
from common import D, PDF, Pdf

X, O = "\u2612", "\u2610"


def pack(header, footer, letterhead, addr, date_line, salutation, re_line, letter_paras, sign,
         distribution, later_pages):
    p = Pdf(header=header, footer=footer)
    p.p(letterhead, "h2")
    p.p(addr, "small")
    p.space(10)
    p.p(date_line)
    p.space(6)
    p.p(salutation)
    p.p(re_line, "h3")
    for para in letter_paras:
        p.p(para)
        p.space(4)
    p.space(8)
    p.p(sign)
    p.page_break()
    p.p(distribution[0], "h3")
    p.table(distribution[1], widths=[180, 150, 185])
    for page in later_pages:
        p.page_break()
        for kind, val in page:
            if kind == "t":
                p.table(val)
            elif kind in ("h2", "h3", "n", "small"):
                p.p(val, kind)
    return p


def case01():
    ref = "WSRU/ICPC/26/2231"
    p = pack(f"OFFICIAL-SENSITIVE   Ref {ref}", f"Wakefield Council | {ref}",
             "Wakefield Council - Children and Young People's Service",
             "Safeguarding and Review Unit, Wakefield One, PO Box 700, Wakefield WF1 2EB",
             "8 December 2026", "Dear Detective Sergeant,",
             "Re: Initial Child Protection Conference - Jasmine Hirst and Noah Hirst",
             ["I am writing to invite you to an Initial Child Protection Conference which will be held on Thursday 17 December 2026 at 2.00pm in Conference Room 1, Wakefield One.",
              "The conference has been called following concerns that Noah, aged 11 weeks, sustained a fractured femur and rib fractures which the medical opinion considers non-accidental.",
              "I have spoken with Detective Inspector Rachel Hepworth of the Child Safeguarding Unit and it has been agreed that a police officer will attend the conference in person. The agency report template is enclosed at page 3.",
              "If you are unable to attend, please let the Safeguarding and Review Unit know as soon as possible."],
             "Yours sincerely,\nAndrew Mallinson\nIndependent Chair, Child Protection Conferences",
             ("Distribution list", [["Name", "Agency", "Invited as"],
                                    ["Laura Hirst", "-", "Mother"], ["Connor Hirst", "-", "Father"],
                                    ["Chloe Daykin", "CYPS", "Social worker"], ["Dr P Nair", "Pinderfields Hospital", "Paediatrician"],
                                    ["Health visitor", "Wakefield 0-19", "Invited"], ["Child Safeguarding Unit", "West Yorkshire Police", "Attendance agreed"]]),
             [[("h3", "AGENCY REPORT TO INITIAL CHILD PROTECTION CONFERENCE"),
               ("n", "Please complete every section. The report must reach the Chair at least 3 working days before the conference."),
               ("t", [["Children", "Date of birth", "Address"],
                      ["Jasmine Hirst", "03/05/2023", "9 Lupset Crescent, Wakefield"],
                      ["Noah Hirst", "24/09/2026", "9 Lupset Crescent, Wakefield"]]),
               ("t", [["Parents / carers", "Relationship"], ["Laura Hirst", "mother"], ["Connor Hirst", "father"]]),
               ("n", "1. Agency involvement with the family:"),
               ("n", "2. Concerns known to your agency:"),
               ("n", "3. Police: current investigations, arrests, bail, previous convictions, intelligence relevant to the children:"),
               ("n", "4. Strengths and protective factors:"),
               ("n", "5. Recommendation (child protection plan Y/N, category):")]])
    return {
        "nn": "01", "district": "wakefield", "kind": "initial", "short": "pdf-pack-letter-di-agreed-attendance",
        "received": D(2026, 12, 8, 10, 20), "sender": "sru.admin@wakefield.gov.uk", "sender_name": "SRU Admin",
        "subject": f"ICPC invitation pack {ref}",
        "body": f"Please find attached the conference pack (invitation letter, distribution list and agency report template) for {ref}.\n\nSafeguarding and Review Unit\nWakefield Council",
        "attachments": [{"name": f"{ref.replace('/', '-')} pack.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2026-12-17", "time": "14:00", "tick": None, "harm": None,
        "children": [{"name": "Jasmine Hirst", "date_of_birth": "2023-05-03"}, {"name": "Noah Hirst", "date_of_birth": "2026-09-24"}],
        "adults": ["Laura Hirst", "Connor Hirst"],
        "criteria": ["negotiated_attendance"],
        "evidence": {"negotiated_attendance": "it has been agreed that a police officer will attend the conference in person"},
        "decision": "attend",
        "tags": ["pdf-pack", "letter-prose", "negotiated-attendance", "family-on-page-3", "report-prompt-distractor"],
        "notes": "chair and DI agreed attendance in the letter prose (W8) -> attend; NAI with no stated police investigation; page-3 prompt lists 'current investigations, arrests, bail' as a question, not a finding",
    }


def case02():
    ref = "CAL-RCPC-7716"
    p = pack(f"{ref} - OFFICIAL SENSITIVE", f"Calderdale Safeguarding Review Service  {ref}",
             "CALDERDALE COUNCIL  Children and Young People's Services",
             "Safeguarding and Quality Assurance, Northgate House, Halifax HX1 1UN",
             "16th December 2026", "Dear Colleague",
             "REVIEW CHILD PROTECTION CONFERENCE: CASE REF CAL-RCPC-7716 (ASPINALL / NAYLOR)",
             ["You are invited to attend the Review Child Protection Conference on Tuesday 5th January 2027 at 10.00am. The meeting will be held virtually; a Teams link will follow from the Conference Administrator.",
              "The purpose of the review is to consider the progress of the child protection plan made on 08/09/2026 and whether the children continue to need a plan.",
              "Please send your written report, using the template on page 3, to the Conference Administrator. Reports should be shared with parents before the meeting unless there is a reason not to."],
             "Yours faithfully\nHelen Sutcliffe\nConference Chair",
             ("Circulation", [["Name", "Agency", "Role"], ["Gemma Aspinall", "-", "Mother"], ["Wayne Naylor", "-", "Stepfather"],
                              ["Ben Aspinall", "-", "Father"], ["Priya Shah", "CYPS", "Social Worker"],
                              ["Warley Road Primary", "Education", "DSL"], ["WYP Calderdale SGU", "Police", "Report requested"]]),
             [[("h3", "Agency report - review conference"),
               ("t", [["Child", "DOB", "Plan category"], ["Scarlett Aspinall", "30/10/2017", "Neglect"], ["Jack Naylor", "12/06/2021", "Neglect"]]),
               ("n", "Core group members: Priya Shah (SW), Warley Road Primary, health visitor, Gemma Aspinall, Wayne Naylor."),
               ("n", "Has anything significant happened since the last conference (e.g. police call-outs, arrests, new allegations)? Please give details:"),
               ("n", "Social worker's summary for information: attendance at school improved to 93%; home conditions maintained; no new incidents; parents engaging with Family Intervention Team."),
               ("n", "Your agency's view on progress:")]])
    return {
        "nn": "02", "district": "calderdale", "kind": "review", "short": "pdf-pack-review-nothing-new",
        "received": D(2026, 12, 16, 12, 5), "sender": "conference.admin@calderdale.gov.uk", "sender_name": "Conference Administrator",
        "subject": "RCPC invitation CAL-RCPC-7716",
        "body": "Good afternoon\nPlease find the invitation pack attached.\nMany thanks\nConference Administrator, Calderdale Council",
        "attachments": [{"name": "CAL-RCPC-7716.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2027-01-05", "time": "10:00", "tick": None, "harm": ["neglect"],
        "children": [{"name": "Scarlett Aspinall", "date_of_birth": "2017-10-30"}, {"name": "Jack Naylor", "date_of_birth": "2021-06-12"}],
        "adults": ["Gemma Aspinall", "Wayne Naylor", "Ben Aspinall"],
        "criteria": [],
        "decision": "report_only",
        "tags": ["pdf-pack", "review", "core-group-without-police", "prompt-lists-arrests", "bank-holidays"],
        "notes": "review, police not in core group, nothing new; prompt 'police call-outs, arrests, new allegations' is a question -> report_only; report due 30/12 across Christmas and New Year",
    }


def case03():
    ref = "ISU 26-5530"
    p = pack(f"Leeds Integrated Safeguarding Unit | {ref}", f"OFFICIAL-SENSITIVE | {ref}",
             "Leeds City Council - Children and Families",
             "Integrated Safeguarding Unit, Merrion House, 110 Merrion Centre, Leeds LS2 8BB",
             "11 January 2027", "Dear Sir/Madam",
             "Initial Child Protection Conference - Amara KHAN and siblings",
             ["An Initial Child Protection Conference has been arranged for Tuesday 19 January 2027 at 9.30 am at Merrion House.",
              "The social work assessment identifies serious neglect: the children were found in a cold house with no food, and Zayn (2) had not been seen by any professional for seven months.",
              "West Yorkshire Police (Leeds District Safeguarding Unit) opened an investigation on 06/01/2027 into suspected child cruelty under section 1 of the Children and Young Persons Act 1933, and both parents have been interviewed under caution. The investigation is ongoing.",
              "Please provide a written report 24 hours before the conference."],
             "Kind regards\nJanine Oates\nConference Co-ordinator (ISU)",
             ("Invitation list", [["Invitee", "Organisation", "Status"], ["Shazia Khan", "", "Mother"], ["Imran Khan", "", "Father"],
                                  ["Social worker (Leeds South)", "CSC", "Invited"], ["Health visitor", "LCH", "Invited"],
                                  ["Police", "WYP Leeds SU", "Invited"]]),
             [[("h3", "Multi-agency conference report"),
               ("n", "Family composition (as known to CSC):"),
               ("t", [["Name", "DOB", "Relationship"], ["Amara Khan", "17/03/2014", "child"], ["Bilal Khan", "02/02/2017", "child"],
                      ["Zayn Khan", "28/08/2024", "child"], ["Shazia Khan", "", "mother"], ["Imran Khan", "", "father"]]),
               ("n", "Section A - your involvement"), ("n", "Section B - analysis of risk"), ("n", "Section C - recommendation")]])
    return {
        "nn": "03", "district": "leeds", "kind": "initial", "short": "pdf-pack-wilful-neglect-s1-cypa",
        "received": D(2027, 1, 11, 13, 15), "sender": "isu.conferences@leeds.gov.uk", "sender_name": "ISU Conferences",
        "subject": "ICPC 19/01/2027 - ISU 26-5530",
        "body": "Please see the attached invitation pack.\n\nIntegrated Safeguarding Unit\nLeeds City Council",
        "attachments": [{"name": "ISU 26-5530 invitation.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2027-01-19", "time": "09:30", "tick": None, "harm": ["neglect"],
        "children": [{"name": "Amara Khan", "date_of_birth": "2014-03-17"}, {"name": "Bilal Khan", "date_of_birth": "2017-02-02"},
                     {"name": "Zayn Khan", "date_of_birth": "2024-08-28"}],
        "adults": ["Shazia Khan", "Imran Khan"],
        "criteria": ["wilful_neglect_investigation"],
        "evidence": {"wilful_neglect_investigation": "opened an investigation on 06/01/2027 into suspected child cruelty under section 1 of the Children and Young Persons Act 1933"},
        "decision": "attend",
        "tags": ["pdf-pack", "wilful-neglect", "leeds", "names-in-subject-and-later-table"],
        "notes": "active police investigation of child cruelty (s1 CYPA 1933) stated in the letter (L3) -> attend",
    }


def case04():
    ref = "KSCP/CPC/10244"
    p = pack(f"Kirklees Safeguarding Children Partnership - {ref}", f"{ref} - OFFICIAL-SENSITIVE when complete",
             "Kirklees Council  Child Protection Conference Service",
             "Civic Centre 1, High Street, Huddersfield HD1 2NF",
             "07/01/2027", "Dear Partner Agency,",
             "Initial Child Protection Conference - Friday 15 January 2027, 1pm, Dewsbury Town Hall (Committee Room 2)",
             ["Please accept this letter as an invitation to the above conference regarding the children named in the attached schedule.",
              "The conference was requested because of neglect: poor supervision, the children regularly out late in Dewsbury town centre, and mother's low mood.",
              "Enclosed is the partnership's guidance on police attendance and the agency report template."],
             "With thanks,\nConference Service Officer",
             ("Distribution", [["Name", "Agency", "Role"], ["Parents", "-", "see schedule"], ["Social worker", "Kirklees CSC", "Lead professional"],
                               ["Headteacher", "Thornhill Junior", "Education"], ["Police", "WYP Kirklees", "Report"]]),
             [[("h3", "Guidance: when police should attend an initial conference"),
               ("n", "Police will normally attend where any of the following apply: a current police investigation into physical or sexual abuse; child sexual exploitation; a registered sex offender in or associated with the household; the child was taken into police protection; serious domestic abuse with current police involvement; attendance agreed between the Chair and a Detective Inspector."),
               ("n", "In all other cases a written report is sufficient unless the Chair requests otherwise.")],
              [("h3", "Schedule of family members"),
               ("t", [["Name", "Date of birth", "Relationship"], ["Kai Bottomley", "30/04/2015", "subject child"],
                      ["Isla Bottomley", "11/11/2018", "subject child"], ["Donna Bottomley", "07/07/1988", "mother"],
                      ["Shane Walsh", "unknown", "father of Isla (no contact)"]]),
               ("n", "Police information held (completed by CSC from the strategy discussion): none of the above apply. No police investigation. No domestic abuse reported."),
               ("n", "Agency report: please complete and return.")]])
    return {
        "nn": "04", "district": "kirklees", "kind": "initial", "short": "pdf-pack-printed-criteria-guidance-none-apply",
        "received": D(2027, 1, 7, 9, 30), "sender": "conference.service@kirklees.gov.uk", "sender_name": "Conference Service",
        "subject": f"Invitation {ref}",
        "body": "Dear colleague, please see attached. Conference Service, Kirklees Council.",
        "attachments": [{"name": "KSCP-CPC-10244.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2027-01-15", "time": "13:00", "tick": None, "harm": ["neglect"],
        "children": [{"name": "Kai Bottomley", "date_of_birth": "2015-04-30"}, {"name": "Isla Bottomley", "date_of_birth": "2018-11-11"}],
        "adults": ["Donna Bottomley", "Shane Walsh"],
        "criteria": [],
        "decision": "report_only",
        "tags": ["pdf-pack", "printed-guidance-criteria-list", "negation-far-from-list", "kirklees-wakefield-rules"],
        "notes": "page 3 prints every attendance criterion as guidance; page 4 says none apply -> no criterion, no tick -> report_only",
    }


def case05():
    data = Pdf()
    data.p("Child Protection Conference - booking form")
    good = data.bytes()
    broken = good[: len(good) // 3]
    return {
        "nn": "05", "district": "bradford", "kind": "initial", "short": "pdf-pack-truncated-covering-note-only",
        "received": D(2026, 12, 21, 11, 45), "sender": "conference.team@bradford.gov.uk", "sender_name": "Conference Team",
        "subject": "Conference pack - Initial CPC Wednesday 6 January 2027 10am",
        "body": "Dear all\n\nPlease see the attached conference pack for the Initial Child Protection Conference on Wednesday 6th January 2027 at 10am for the Qureshi family (two children). The pack contains the invitation, distribution list and report template.\n\nPlease note the office is closed 25 December - 1 January.\n\nConference Team\nBradford Children and Families Trust",
        "attachments": [{"name": "Qureshi ICPC pack.pdf", "data": broken, "ctype": PDF, "texts": []}],
        "date": "2027-01-06", "time": "10:00", "tick": None, "harm": None,
        "children": None, "adults": None,
        "criteria": [],
        "decision": "manual_review",
        "flags_required": ["unreadable_attachment", "no_booking_form"],
        "flags_unscored": ["missing_reason", "missing_family_details"],
        "tags": ["pdf-truncated", "covering-note-only", "manual-review"],
        "notes": "the pack PDF is truncated; only the covering note can be read -> unreadable_attachment + no_booking_form -> manual_review",
    }


def case06():
    ref = "CCS-31190"
    p = pack(f"Ref: {ref}", f"Calderdale Council - Child Protection Conference - {ref}",
             "Calderdale Council", "Children and Young People's Services, Horton Building, Horton Street, Halifax",
             "7 December 2026", "Dear DS Whiteley",
             "Initial Child Protection Conference - CCS-31190",
             ["I am writing to let you know that an Initial Child Protection Conference will be held on Friday 18 December 2026 at 10.00am at Calderdale Council, Northgate House.",
              "The conference follows the events of 30 November 2026, when officers attended the family home after a neighbour's call, found the children alone with their father who was heavily intoxicated, and placed Lily-Anne and Theo in police protection under section 46 of the Children Act 1989. The children are now staying with their paternal aunt under a safety plan.",
              "The family have not previously been known to Children's Services or to the police safeguarding unit.",
              "Your report is requested using the attached template."],
             "Kind regards,\nMelanie Gaukroger, Conference Chair",
             ("Distribution", [["Name", "Agency", "Role"], ["Lee Priestley", "", "Father"], ["Hannah Priestley", "", "Mother (lives separately)"],
                               ["Tina Priestley", "", "Paternal aunt, carer"], ["SW Adam Lord", "CYPS", "Social worker"],
                               ["DS Whiteley", "WYP Calderdale SGU", "Invited"]]),
             [[("h3", "Police report to conference"),
               ("t", [["Child", "Date of birth"], ["Lily-Anne Priestley", "09/12/2019"], ["Theo Priestley", "26/01/2023"]]),
               ("n", "1. Details of police involvement with this family:"),
               ("n", "2. Any previous police protection, arrests or investigations involving the adults:"),
               ("n", "3. Recommendation:")]])
    return {
        "nn": "06", "district": "calderdale", "kind": "initial", "short": "pdf-pack-police-protection-s46",
        "received": D(2026, 12, 7, 15, 40), "sender": "melanie.gaukroger@calderdale.gov.uk", "sender_name": "Melanie Gaukroger",
        "subject": "Conference CCS-31190 - invitation and report template",
        "body": "Dear DS Whiteley,\n\nPlease find attached the invitation letter, distribution list and report template for the above conference.\n\nMelanie Gaukroger\nConference Chair, Calderdale Council",
        "attachments": [{"name": "CCS-31190 invitation pack.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2026-12-18", "time": "10:00", "tick": None, "harm": None,
        "children": [{"name": "Lily-Anne Priestley", "date_of_birth": "2019-12-09"}, {"name": "Theo Priestley", "date_of_birth": "2023-01-26"}],
        "adults": ["Lee Priestley", "Hannah Priestley", "Tina Priestley"],
        "criteria": ["police_protection"],
        "evidence": {"police_protection": "placed Lily-Anne and Theo in police protection under section 46 of the Children Act 1989"},
        "decision": "discuss",
        "tags": ["pdf-pack", "police-protection", "calderdale-choice-discuss", "no-prior-involvement-stated"],
        "notes": "conference arises from s46 police protection; Calderdale's considerations do not list PP -> discuss (POLICY choice); the letter says no previous unit involvement",
    }


def case07():
    ref = "TI-2701-004"
    p = pack(f"Wakefield Safeguarding and Review Unit   {ref}", f"{ref}   OFFICIAL-SENSITIVE",
             "Wakefield Council", "Safeguarding and Review Unit, Wakefield One, Burton Street, Wakefield WF1 2EB",
             "13 January 2027", "Dear colleagues,",
             "TRANSFER IN CHILD PROTECTION CONFERENCE - case ref TI-2701-004",
             ["Nottinghamshire County Council has notified us that the child named in the enclosed schedule has moved into the Wakefield district while subject to a child protection plan (category: sexual abuse).",
              "A Transfer In Child Protection Conference will be held on Monday 18 January 2027 at 1.30pm at Wakefield One, Room G.14.",
              "We apologise for the short notice: the transfer notification arrived late from the originating authority.",
              "Nottinghamshire report that mother's partner, Gary Fenton, is a MAPPA Category 1 offender (convicted 2016, indecent images of children) who now lives with the family in Ossett. The plan requires that he has no unsupervised contact with Summer."],
             "Regards\nSafeguarding and Review Unit",
             ("Distribution list", [["Recipient", "Agency"], ["Nottinghamshire CSC (transferring SW)", "NCC"],
                                    ["Wakefield SW (Ossett team)", "CYPS"], ["Child Safeguarding Unit", "WYP"],
                                    ["Mother and partner", "-"], ["School", "Ossett Academy"]]),
             [[("h3", "Schedule: family details"),
               ("t", [["Name", "DOB", "Relationship"], ["Summer Lowe", "04/04/2013", "subject child"],
                      ["Kelly Lowe", "22/01/1991", "mother"], ["Gary Fenton", "15/08/1979", "mother's partner"]]),
               ("h3", "Agency report template"),
               ("n", "Police: please include MOSOVO / offender manager information and any breach of notification requirements.")]])
    return {
        "nn": "07", "district": "wakefield", "kind": "transfer_in", "short": "pdf-pack-transfer-notts-mappa-cat1-late",
        "received": D(2027, 1, 13, 14, 10), "sender": "sru.admin@wakefield.gov.uk", "sender_name": "SRU Admin",
        "subject": "URGENT - Transfer In CPC pack TI-2701-004 (short notice)",
        "body": "Please see attached pack - apologies for the short notice.\n\nSRU Admin\nWakefield Council",
        "attachments": [{"name": "TI-2701-004.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2027-01-18", "time": "13:30", "tick": None, "harm": ["sexual"],
        "children": [{"name": "Summer Lowe", "date_of_birth": "2013-04-04"}],
        "adults": ["Kelly Lowe", "Gary Fenton"],
        "criteria": ["registered_sex_offender"],
        "evidence": {"registered_sex_offender": "is a MAPPA Category 1 offender"},
        "decision": "attend",
        "tags": ["pdf-pack", "transfer-in", "mappa-category-1", "late-notice"],
        "notes": "transfer-in from Nottinghamshire; mother's partner living with the family is MAPPA category 1 (RSO, W7) -> attend; 3 WD notice < 5 -> late_notice",
    }


CASES = [case01, case02, case03, case04, case05, case06, case07]
