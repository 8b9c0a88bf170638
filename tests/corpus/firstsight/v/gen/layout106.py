"""Layout 106: the council's letter to the family, copied to the police."""
import datetime as dt

from common import (attachment, council_headers, docx_bytes, finish, multipart, pdf_text, split_texts,
                    text_part)

T = dt.datetime


def _docx_letter(paras):
    def build(d):
        for p in paras:
            d.add_paragraph(p)
    return docx_bytes(build)


def case01():
    key = "v-106-01"
    recv = T(2026, 12, 7, 10, 12, 40)
    letter = [
        "Wakefield Council - Children and Young People's Service",
        "Safeguarding and Review Unit, Wakefield One, Burton Street, Wakefield WF1 2EB",
        "Our ref: CD447120",
        "4 December 2026",
        "Ms Danielle Haigh",
        "14 Lupset Crescent",
        "Wakefield WF2 8QT",
        "Dear Ms Haigh,",
        "Initial Child Protection Conference about Lily-Mae Haigh (born 02/06/2020)",
        "I am writing to invite you to an Initial Child Protection Conference about Lily-Mae. The meeting will be held on Tuesday 15 December 2026 at 10.00am at Wakefield One, Burton Street (Room 4). You can also join by Teams if you prefer; please let me know.",
        "I know you will remember that in March 2025 Lily-Mae broke her arm and the police looked into how it happened. That enquiry ended without charges and the social work case was closed last summer.",
        "Since October things have got worse again. Lily-Mae's nursery have seen fresh bruises on her back and legs on three different days, the last one on 30 November, and Mr Kyle Brook has been coming back to the house even though you told us he would not. When Lily-Mae was asked about the marks she said \"Kyle did it when I was naughty\". We are now more worried about her than we were last year.",
        "The conference is a meeting of the people who work with your family. Everyone will share what they know, and together we will decide whether Lily-Mae needs a child protection plan. Her social worker, Joanne Tetley, will share her report with you before the meeting.",
        "Mr Brook has also been invited and will receive his own letter.",
        "If you would like an advocate, or if you need an interpreter, please ring the Safeguarding and Review Unit on 01924 306188.",
        "Yours sincerely,",
        "Paul Ackroyd",
        "Conference Chair",
        "cc: West Yorkshire Police CPPU; Little Acorns Nursery; Health Visiting Team; Joanne Tetley (social worker)",
    ]
    doc = _docx_letter(letter)
    body = ("\n\n-- \nSafeguarding and Review Unit | Wakefield Council\nThis email is confidential and may be legally privileged.\n")
    msg = multipart("mixed", [text_part(body), attachment(doc, "ICPC letter to parent - Haigh.docx", "application",
                                                         "vnd.openxmlformats-officedocument.wordprocessingml.document")], key)
    subj = "OFFICIAL-SENSITIVE Haigh - copy of parent letter"
    finish(msg, council_headers(sender="sru.letters@wakefield.gov.uk", sender_name="SRU Letters", to="Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
                                subject=subj, sent=recv - dt.timedelta(minutes=3), received=recv, key=key))
    case = dict(district="wakefield", kind="initial", date="2026-12-15", time="10:00", tick=None,
                harm=["physical"], children=[("Lily-Mae Haigh", "2020-06-02")], adults=["Danielle Haigh", "Kyle Brook"],
                criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
                flags_allowed=["no_booking_form"],
                source_texts=[subj] + split_texts(body) + letter + ["ICPC letter to parent - Haigh.docx"],
                tags=["letter-to-family", "docx", "no-covering-note", "tick-absent", "previous-investigation", "unsafe-looks-report-only"],
                notes="the letter to the mother says the police looked into the 2025 broken arm and that things 'have got worse again' (new bruising, Mr Brook back): previous investigation + escalation (Wakefield item 2) -> attend; the historical police enquiry also shows prior unit involvement")
    return "v-106-01-wakefield-icpc-parent-letter-docx-escalation", msg, case, recv


def case02():
    key = "v-106-02"
    recv = T(2026, 12, 9, 14, 41, 2)
    body = """Dear Mr and Mrs Kowalczyk-Reid,

Invitation to an Initial Child Protection Conference - Tomasz (age 9) and Hanna (age 6)

I am writing to let you know that an Initial Child Protection Conference will take place on Thursday 17th December 2026 at 1.30pm. It will be held at Merrion House, 110 Merrion Centre, Leeds LS2 8BB, in meeting room 2.

Why are we holding a conference?
We are worried about the shouting and arguing in the home that Tomasz and Hanna have been hearing, and about the effect on them of how much Mr Reid has been drinking. Tomasz has told his teacher he hides under his bed when you argue. We have not seen any injuries to the children.

You asked about the police. The police came once in November when a neighbour rang them about the noise. They have told us there was no crime and nothing further is happening. We know Mrs Kowalczyk-Reid's brother, Marek, is on the sex offenders register; he lives in Aberdeen and you have told us he has not seen the children since 2019, which his offender manager has confirmed.

Your social worker is Adele Sutcliffe. She will go through her report with you before the meeting.

You can bring a friend or supporter. Please ring 0113 378 4410 if you need help getting to the meeting.

Yours sincerely

Rukhsana Mahmood
Child Protection Chair, Integrated Safeguarding Unit

cc West Yorkshire Police (CPPU Weetwood) - agency invitation attached
"""
    page = [
        ("Leeds City Council - Integrated Safeguarding Unit", 12, True),
        ("AGENCY INVITATION - ICPC", 14, True),
        ("Agency: West Yorkshire Police, CPPU Weetwood",),
        ("Family: KOWALCZYK-REID",),
        ("Children: Tomasz Kowalczyk-Reid, DOB 21/03/2017; Hanna Kowalczyk-Reid, DOB 30/08/2020",),
        ("Parents: Agata Kowalczyk-Reid (mother); Daniel Reid (father)",),
        ("Conference: Initial CPC, Thursday 17/12/2026, 13:30, Merrion House meeting room 2",),
        ("Category under consideration: Emotional abuse",),
        ("Police contribution requested:",),
        ("[ ] Attendance at conference",),
        ("[X] Written report only - please send to the ISU by 12 noon the working day before",),
        ("Chair: Rukhsana Mahmood   Social worker: Adele Sutcliffe",),
    ]
    pdf = pdf_text(page, title="Agency invitation")
    msg = multipart("mixed", [text_part(body), attachment(pdf, "Agency invite WYP - Kowalczyk-Reid.pdf", "application", "pdf")], key)
    subj = "ICPC 17.12.26 - Kowalczyk-Reid - parent letter (copy) and agency invite"
    finish(msg, council_headers(sender="isu.admin@leeds.gov.uk", sender_name="ISU Admin", to="leeds.cppu.conferences@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="leeds", kind="initial", date="2026-12-17", time="13:30", tick=False, harm=["emotional"],
                children=[("Tomasz Kowalczyk-Reid", "2017-03-21"), ("Hanna Kowalczyk-Reid", "2020-08-30")],
                adults=["Agata Kowalczyk-Reid", "Daniel Reid"], criteria=[], decision="report_only",
                source_texts=[subj] + split_texts(body) + [p[0] for p in page] + ["Agency invite WYP - Kowalczyk-Reid.pdf"],
                tags=["letter-to-family", "body-letter", "agency-page-pdf", "tick-report", "rso-elsewhere", "neighbour-report"],
                notes="neighbour's call with no crime, an RSO uncle in Aberdeen with no contact: no criterion; agency page ticks written report -> report_only")
    return "v-106-02-leeds-icpc-parent-letter-body-agency-page-report-only", msg, case, recv


def case03():
    key = "v-106-03"
    recv = T(2026, 12, 10, 9, 3, 55)
    letter = [
        ("Calderdale Metropolitan Borough Council", 12, True),
        ("Children and Young People's Services - Child Protection Administration", 9),
        ("Northgate House, Northgate, Halifax HX1 1UN", 9),
        ("Private and confidential", 10, True),
        ("Miss Shannon Greenwood, Flat 3, 27 Gibbet Street, Halifax HX1 5BP", 10),
        ("Date: 8 December 2026     Ref: CP/26/0913", 10),
        ("Dear Shannon,", 10),
        ("Re: Jayden Greenwood (d.o.b. 11.01.2016) and Maisie Greenwood (d.o.b. 04.09.2021)", 10, True),
        ("Following the child protection enquiries that we have made over the last few weeks, a conference has been arranged to think about Jayden and Maisie's safety. The Initial Child Protection Conference is on Monday 21 December 2026 at 2pm at Halifax Town Hall, Crossley Street.", 10),
        ("We have been worried about the state of the flat, that the children have often been left with different people, and that Maisie has missed health appointments. We know this has been a hard year for you.", 10),
        ("I know you find it upsetting to talk about, but I do need to mention that the police will be asked for information because they have known Jayden before: in 2023 officers took Jayden into police protection for two nights when he was found alone at the flat late at night, and your ex-partner, Liam Shaw, was later arrested for hurting Jayden, although he was not charged. Liam is not living with you now.", 10),
        ("You are welcome to bring someone with you for support. If you would like to speak to me before the meeting, my number is 01422 393 571.", 10),
        ("Kind regards,", 10),
        ("Amanda Crossley, Independent Chair", 10),
        ("Copies to: West Yorkshire Police (Calderdale Safeguarding Unit), Health Visitor, Beech Hill School", 9),
    ]
    pdf = pdf_text(letter, title="Letter to parent")
    note = "fyi - copy of mum's letter for the Greenwood ICPC. Agency invites going out tomorrow.\n\nJen\n\nJennifer Ogden | Child Protection Administration | Calderdale Council | 01422 393 500\n"
    msg = multipart("mixed", [text_part(note), attachment(pdf, "Greenwood parent letter 081226.pdf", "application", "pdf")], key)
    subj = "Greenwood - ICPC 21/12"
    finish(msg, council_headers(sender="jennifer.ogden@calderdale.gov.uk", sender_name="Ogden, Jennifer", to="CD Safeguarding Case Conference <cd.casecon@westyorkshire.police.uk>",
                                subject=subj, sent=recv - dt.timedelta(minutes=1), received=recv, key=key))
    case = dict(district="calderdale", kind="initial", date="2026-12-21", time="14:00", tick=None, harm=["neglect"],
                children=[("Jayden Greenwood", "2016-01-11"), ("Maisie Greenwood", "2021-09-04")],
                adults=["Shannon Greenwood", "Liam Shaw"], criteria=["prior_unit_involvement"], decision="attend",
                flags_allowed=["no_booking_form"],
                source_texts=[subj] + split_texts(note) + [l[0] for l in letter] + ["Greenwood parent letter 081226.pdf"],
                tags=["letter-to-family", "pdf-letter", "short-note", "tick-absent", "historical-police-protection", "calderdale-prior-involvement"],
                notes="2023 police protection and arrest are historical only (not police_protection) but are previous significant unit involvement: Calderdale attend")
    return "v-106-03-calderdale-icpc-parent-letter-pdf-prior-involvement", msg, case, recv


def case04():
    key = "v-106-04"
    recv = T(2026, 12, 11, 15, 22, 9)
    body = """For information - letter sent to dad today re the review.

Dear Mr Hussain,

REVIEW CHILD PROTECTION CONFERENCE - Zayn Hussain (DOB 17/07/2014) and Aliyah Hussain (DOB 23/02/2018)

The next review of Zayn and Aliyah's child protection plan will be held on Wednesday 6 January 2027 at 10:00 via Microsoft Teams. A link will be emailed to you nearer the time.

The children have been on a plan under the category of physical abuse since September. At the review we will look at what has changed since the last meeting and whether the plan is still needed.

The same people who have been coming to core group meetings with you will be invited: Mrs Parveen Hussain, school, the school nurse, Sadia Malik (social worker), and PC Rachel Hirst from the Child Safeguarding Unit, who has come to every core group since the plan started and has been doing the safety work with the children about the incident in the car.

Please let us know if you need an Urdu interpreter.

Yours sincerely
Graham Lockwood
Child Protection Conference Chair
Kirklees Council, Civic Centre 1, Huddersfield HD1 2NF

Natalie Dyson
Business Support - Child Protection Conferences | Kirklees Council
"""
    subj = "FYI - Hussain RCPC letter 06/01/2027"
    msg = text_part(body)
    finish(msg, council_headers(sender="natalie.dyson@kirklees.gov.uk", sender_name="Natalie Dyson", to="kirklees.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=4), received=recv, key=key))
    case = dict(district="kirklees", kind="review", date="2027-01-06", time="10:00", tick=None, harm=["physical"],
                children=[("Zayn Hussain", "2014-07-17"), ("Aliyah Hussain", "2018-02-23")],
                adults=["Mr Hussain", "Parveen Hussain"], criteria=["core_group_member"], decision="attend",
                flags_allowed=["no_booking_form"],
                source_texts=[subj] + split_texts(body),
                tags=["letter-to-family", "body-letter", "review", "tick-absent", "core-group", "kirklees-wakefield-rules", "unsafe-looks-report-only", "christmas-holidays"],
                notes="review; the letter to the father names PC Hirst as a core group member who attends every core group: core_group_member -> attend (Kirklees decided with Wakefield rules); father appears only as 'Mr Hussain'")
    return "v-106-04-kirklees-rcpc-parent-letter-body-core-group", msg, case, recv


def case05():
    key = "v-106-05"
    recv = T(2026, 12, 15, 11, 48, 30)
    letter = [
        "Bradford Children's Social Care - Conference and Review Service",
        "Britannia House, Hall Ingram, Bradford BD1 1HX",
        "14th December 2026",
        "Miss Courtney Naylor",
        "22 Heights Lane, Bradford BD9 6HZ",
        "Dear Courtney,",
        "Pre-birth Initial Child Protection Conference for your unborn baby (due 12 February 2027)",
        "Re: Unborn baby Naylor, EDD 12/02/2027",
        "I'm sorry this letter brings worrying news. Following the assessment that Kerry-Ann Walsh (your social worker) has done during your pregnancy, we have arranged a pre-birth Initial Child Protection Conference. It will be on Tuesday 29 December 2026 at 11:00 at Margaret McMillan Tower, Princes Way, Bradford, or on Teams if you prefer.",
        "The main worry is about Dean Cartwright. The police have told us that Dean is on the sex offenders register because of an offence against a 13-year-old girl, and he has to tell them where he lives. You have told Kerry-Ann that he stays with you most weekends and plans to move in once the baby is born.",
        "We also want to talk about how you are managing with your mental health, and about support from your mum, Mrs Lorraine Naylor.",
        "At the meeting we will agree a plan for when the baby arrives. The plan might say that, if things are not safe at the time of the birth, the police or the court could be asked to help keep the baby safe; no decision like that has been made.",
        "If you have any questions please ring me on 01274 437 902.",
        "Best wishes,",
        "Imran Aslam",
        "Conference Chair",
        "c.c. West Yorkshire Police Safeguarding (Bradford); Midwifery, Bradford Royal Infirmary; GP",
    ]
    doc = _docx_letter(letter)
    body = ("Good morning, for your information, please see attached the letter that has gone to mum for the pre birth conference. "
            "The agency invitation will follow from the Conference and Review Service.\n\nMany thanks\nSophie\n\n"
            "Sophie Pickles | Business Support Officer | Bradford Council\n")
    msg = multipart("mixed", [text_part(body), attachment(doc, "Letter to mother - Naylor unborn.docx", "application",
                                                         "vnd.openxmlformats-officedocument.wordprocessingml.document")], key)
    subj = "For your information: Pre Birth ICPC - NAYLOR - 29/12/2026"
    finish(msg, council_headers(sender="sophie.pickles@bradford.gov.uk", sender_name="Sophie Pickles", to="bradford.safeguarding@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="bradford", kind="initial", pre_birth=True, date="2026-12-29", time="11:00", tick=None, harm=["sexual"],
                children=None, adults=["Courtney Naylor", "Dean Cartwright", "Lorraine Naylor"],
                criteria=["registered_sex_offender"], decision="attend", flags_allowed=["no_booking_form"],
                source_texts=[subj] + split_texts(body) + letter + ["Letter to mother - Naylor unborn.docx"],
                tags=["letter-to-family", "docx", "pre-birth", "tick-absent", "rso-plain-words", "hypothetical-police-protection", "bradford-wakefield-rules", "christmas-holidays"],
                notes="'on the sex offenders register' + stays most weekends: RSO associated with the household -> attend (Bradford with Wakefield rules); the police protection at birth is hypothetical; report due across the Christmas bank holidays (22 Dec)")
    return "v-106-05-bradford-prebirth-parent-letter-docx-rso", msg, case, recv


def case06():
    key = "v-106-06"
    recv = T(2027, 1, 4, 9, 55, 13)
    letter = [
        "Dear Mr Firth,",
        "You are invited to an Initial Child Protection Conference about Oscar Firth (born 12/12/2019) and Ruby Firth (born 05/05/2022).",
        "When: Tuesday 12 January 2027 at 9.30am",
        "Where: Castleford Civic Centre, Ferrybridge Road, Castleford WF10 4JH",
        "Why: We are worried that the children are not getting the care they need at home. The house has often had no heating or food, Ruby's nappy rash was left untreated until it became infected, and Oscar has been late or absent from school on 31 days this term.",
        "I want to be clear with you about one thing you asked. The police were called by the school in November and they spoke to you and to the children. They told us on 2 December that they will be taking no further action and that their enquiry is closed. This conference is not because of anything the police are investigating.",
        "Ms Chantelle Firth has been sent a letter as well.",
        "Yours sincerely,",
        "Helen Moxon, Conference Chair, Wakefield Council",
    ]
    doc = _docx_letter(letter)
    body = """Hi,

Copy of the parent letter for the Firth ICPC attached so you have the same info as the family.

For the police section of our booking form:
Police attendance required - No
Written report sufficient - Yes

Category: neglect
Social worker: Lucy Brear

Thanks
Adam Senior
Business Support, Safeguarding and Review Unit
Wakefield Council
"""
    msg = multipart("mixed", [text_part(body), attachment(doc, "Firth ICPC parent letter.docx", "application",
                                                         "vnd.openxmlformats-officedocument.wordprocessingml.document")], key)
    subj = "Firth ICPC 12/01/27 9:30"
    finish(msg, council_headers(sender="adam.senior@wakefield.gov.uk", sender_name="Adam Senior", to="wakefield.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=5), received=recv, key=key))
    case = dict(district="wakefield", kind="initial", date="2027-01-12", time="09:30", tick=False, harm=["neglect"],
                children=[("Oscar Firth", "2019-12-12"), ("Ruby Firth", "2022-05-05")], adults=["Mr Firth", "Chantelle Firth"],
                criteria=[], decision="report_only", flags_allowed=["no_booking_form"],
                source_texts=[subj] + split_texts(body) + letter + ["Firth ICPC parent letter.docx"],
                tags=["letter-to-family", "docx", "nfa", "negated", "category-neglect", "tick-report-yes-no"],
                notes="police enquiry closed with no further action, 'not because of anything the police are investigating'; category neglect is not a wilful-neglect investigation; written report sufficient -> report_only")
    return "v-106-06-wakefield-icpc-parent-letter-nfa-report-only", msg, case, recv


def case07():
    key = "v-106-07"
    recv = T(2027, 1, 13, 12, 7, 41)
    letter = [
        ("Children and Families - Integrated Safeguarding Unit, Leeds City Council", 9, True),
        ("Ms Gemma Sykes, 5 Cross Flatts Grove, Leeds LS11 7BP", 10),
        ("12/01/2027", 10),
        ("Dear Gemma", 11),
        ("Skye Sykes - date of birth 14.10.2012", 11, True),
        ("An initial child protection conference has been arranged for Skye. It will be held on Wednesday 20 January 2027 at 10am at Hunslet Hub, Church Street, Leeds LS10 2AY.", 10),
        ("Why are we meeting? Skye has been going missing overnight and coming home with a new phone, vapes and clothes that you didn't buy. She has been seen getting into cars with men much older than her near the retail park. We think older men may be sexually exploiting Skye, and this is what the conference will focus on.", 10),
        ("Skye's older brother Callum has also been spoken to by the youth justice team about carrying drugs for others; that is being looked at separately and is not the reason for this conference.", 10),
        ("Skye is welcome to come to part of the meeting, or to write down what she wants to say. Her social worker is Faisal Iqbal.", 10),
        ("Best wishes", 10),
        ("Bernadette Quinn - Child Protection Chair", 10),
    ]
    pdf = pdf_text(letter, title="ICPC letter")
    body = "cc as requested.\n"
    msg = multipart("mixed", [text_part(body), attachment(pdf, "SYKES_ICPC_letter_mother.pdf", "application", "pdf")], key)
    subj = "Sykes ICPC letter"
    finish(msg, council_headers(sender="bernadette.quinn@leeds.gov.uk", sender_name="Quinn, Bernadette", to="leeds.cppu.conferences@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="leeds", kind="initial", date="2027-01-20", time="10:00", tick=None, harm=["sexual"],
                children=[("Skye Sykes", "2012-10-14")], adults=["Gemma Sykes"],
                criteria=["child_sexual_exploitation"], decision="discuss", flags_allowed=["no_booking_form"],
                source_texts=[subj, body] + [l[0] for l in letter] + ["SYKES_ICPC_letter_mother.pdf"],
                tags=["letter-to-family", "pdf-letter", "two-word-note", "cse-plain-words", "cce-sibling", "leeds-cse-discuss"],
                notes="CSE in plain words in the mother's letter; Leeds has no CSE item -> discuss; the brother's drug running (CCE) is not CSE; Callum is not a subject")
    return "v-106-07-leeds-icpc-parent-letter-pdf-cse", msg, case, recv


CASES = [case01, case02, case03, case04, case05, case06, case07]
