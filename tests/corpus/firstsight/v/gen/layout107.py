"""Layout 107: invitations forwarded inside the police, with police commentary on top."""
import datetime as dt
from email.mime.text import MIMEText

from common import (attachment, docx_bytes, finish, inner_headers, multipart, police_internal_headers,
                    rfc822_part, set_headers, split_texts, text_part)

T = dt.datetime


def outlook_block(frm, sent, to, subject, cc=None):
    s = f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n"


def case01():
    key = "v-107-01"
    recv = T(2026, 12, 8, 8, 41, 12)
    note = """Sarah,

DS note: nothing on our systems for mum (checked PNC/Niche on her only), report only I think. Can you task the report to Normanton please.

DS 4417 Mark Holroyd
Child Safeguarding Unit, Wakefield District
"""
    hdr = outlook_block("Keeley Armitage <keeley.armitage@wakefield.gov.uk>", "07 December 2026 16:52",
                        "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>", "ICPC - DOBSON - 16/12/2026 13:00")
    inner = """Afternoon all,

Booking details for an ICPC below - please can police provide a report, attendance tick is on the form.

CHILD PROTECTION CONFERENCE BOOKING FORM (Safeguarding and Review Unit)
Conference: Initial
Date / time: Wednesday 16 December 2026, 1pm
Venue: Pontefract Town Hall, Committee Room B
Chair: Sandra Gaunt
Social worker: Owen Rhodes

Child: Ellis Dobson, DOB 09/01/2019, Ackton Pastures Primary
Mother: Kirsty Dobson, DOB 22/10/1996
Mother's partner: Jordan Pell, DOB 03/03/1994 (not the father of Ellis)

Police: [ ] attendance required  [X] written report sufficient

Category: physical

Reason: Ellis arrived at school on 30/11 with a black eye and a cut lip. He said Jordan "punched me for spilling juice". Mr Pell was arrested by Wakefield CID on 1 December on suspicion of assault on Ellis and has been released on police bail with a condition not to enter the family home; the bail return date is 12 January. Ms Dobson says she has ended the relationship.

Many thanks
Keeley Armitage
Business Support Officer, Safeguarding and Review Unit, Wakefield Council
"""
    body = note + "\n" + hdr + inner
    msg = text_part(body)
    subj = "FW: ICPC - DOBSON - 16/12/2026 13:00"
    finish(msg, police_internal_headers(sender="mark.holroyd@westyorkshire.police.uk", sender_name="Holroyd, Mark (4417)",
                                        to="Wakefield CPPU Admin <wakefield.cppu.admin@westyorkshire.police.uk>", subject=subj, sent=recv, key=key))
    case = dict(district="wakefield", kind="initial", date="2026-12-16", time="13:00", tick=False, harm=["physical"],
                children=[("Ellis Dobson", "2019-01-09")], adults=["Kirsty Dobson", "Jordan Pell"],
                criteria=["current_investigation"], decision="attend", flags_required=["tickbox_conflict"],
                source_texts=[subj] + split_texts(note, inner),
                tags=["police-forward", "inline-outlook-forward", "police-opinion-report-only", "bail", "tick-report", "tickbox-conflict", "unsafe-looks-report-only"],
                notes="DS note says report only, but the council's form says Mr Pell was arrested and is on police bail for assaulting Ellis: current investigation -> attend despite the tick (tickbox_conflict); district from the inner sender")
    return "v-107-01-wakefield-icpc-ds-note-report-only-but-bail", msg, case, recv


def case02():
    key = "v-107-02"
    recv = T(2026, 12, 14, 11, 5, 0)
    sent_inner = T(2026, 12, 11, 10, 14, 0)
    inner_body = """Good morning,

Please see below details of the review child protection conference for the Okafor children.

Conference type: Review (2nd review)
Date: Tuesday 22/12/2026
Time: 14:00
Venue: Microsoft Teams (link to follow)
Chair: Martin Heseltine
Social worker: Chloe Barraclough

Children:
  Precious Okafor   DOB 19/06/2015
  Daniel Okafor     DOB 02/02/2019
Parents/carers:
  Blessing Okafor (mother)
  Samuel Okafor (father)

Plan category: Physical abuse

Core group update: the core group has met five times since the last review. Membership: mother, father, school DSL, school nurse, Chloe Barraclough (SW) and DC Amy Lister (CPPU Weetwood), who has attended the core groups and is completing the joint safety plan work with Samuel following his caution.

Police: written report and attendance requested as per core group membership.

Kind regards
Ruth Appleyard
Integrated Safeguarding Unit | Leeds City Council
"""
    inner = text_part(inner_body)
    isubj = "RCPC Okafor 22/12/2026"
    set_headers(inner, inner_headers(sender="ruth.appleyard@leeds.gov.uk", sender_name="Ruth Appleyard",
                                     to="leeds.mash@westyorkshire.police.uk", subject=isubj, sent=sent_inner, key=key))
    note = """Hi CPPU,

This came into the MASH inbox on Friday, sending on to you as it's a conference, not a referral. Researcher note: review, no new occurrences since last conf. As usual for reviews it'll be a report only I'd imagine?

Thanks
Lauren Kaye
MASH Researcher | Leeds District | West Yorkshire Police
"""
    msg = multipart("mixed", [text_part(note), rfc822_part(inner, "RCPC Okafor 22_12_2026.eml")], key)
    subj = "FW: RCPC Okafor 22/12/2026"
    finish(msg, police_internal_headers(sender="lauren.kaye@westyorkshire.police.uk", sender_name="Kaye, Lauren",
                                        to="CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>", subject=subj, sent=recv, key=key))
    case = dict(district="leeds", kind="review", date="2026-12-22", time="14:00", tick=None, harm=["physical"],
                children=[("Precious Okafor", "2015-06-19"), ("Daniel Okafor", "2019-02-02")], adults=["Blessing Okafor", "Samuel Okafor"],
                criteria=["core_group_member"], decision="attend",
                source_texts=[subj, isubj] + split_texts(note, inner_body) + ["RCPC Okafor 22_12_2026.eml"],
                tags=["police-forward", "rfc822-attached", "mash-researcher", "review", "core-group", "police-opinion-report-only", "unsafe-looks-report-only", "received-at-cppu-later"],
                notes="review; a DC of CPPU is a core group member attending core groups -> attend; researcher's 'report only' is an opinion; received counted from the MASH forward (14 Dec), not the council's 11 Dec; Leeds review notice 10 WD not met -> late_notice")
    return "v-107-02-leeds-rcpc-mash-forward-rfc822-core-group", msg, case, recv


def case03():
    key = "v-107-03"
    recv = T(2026, 12, 16, 9, 30, 0)
    inner_html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>An Initial Child Protection Conference has been convened for <b>Harley Sutcliffe</b> (DOB 28/04/2017) and <b>Frankie Sutcliffe</b> (DOB 15/11/2023).</p>
<p>Date: Wednesday 6th January 2027<br>Time: 09:30<br>Venue: Halifax Central Library, Meeting Room 1</p>
<p>Mother: Natasha Sutcliffe. Father: Reece Dunn (Frankie). Harley's father, Craig Whiteley, has no contact.</p>
<p><u>Reason</u>: Mr Dunn has assaulted Ms Sutcliffe repeatedly in front of the children, most recently strangling her on 29 November. The case was heard at MARAC on 3 December 2026 and the police Domestic Abuse Officer, DC Naz Akhtar, is working with Ms Sutcliffe on the safety plan and on the Domestic Abuse Protection Order application.</p>
<p>Police attendance required &#9744; &nbsp;&nbsp; Written report sufficient &#9746;</p>
<p>Category: Emotional abuse</p>
<p>Regards,<br>Diane Whitworth<br>Child Protection Administration, Calderdale Council</p>
</body></html>"""
    inner_text = ("Dear colleagues,\nAn Initial Child Protection Conference has been convened for Harley Sutcliffe (DOB 28/04/2017) and Frankie Sutcliffe (DOB 15/11/2023).\n"
                  "Date: Wednesday 6th January 2027\nTime: 09:30\nVenue: Halifax Central Library, Meeting Room 1\n"
                  "Mother: Natasha Sutcliffe. Father: Reece Dunn (Frankie). Harley's father, Craig Whiteley, has no contact.\n"
                  "Reason: Mr Dunn has assaulted Ms Sutcliffe repeatedly in front of the children, most recently strangling her on 29 November. The case was heard at MARAC on 3 December 2026 and the police Domestic Abuse Officer, DC Naz Akhtar, is working with Ms Sutcliffe on the safety plan and on the Domestic Abuse Protection Order application.\n"
                  "Police attendance required \u2610    Written report sufficient \u2612\nCategory: Emotional abuse\n"
                  "Regards,\nDiane Whitworth\nChild Protection Administration, Calderdale Council\n")
    note_html = """<html><body style="font-family:Arial;font-size:10pt;color:#1F3864">
<p>Sarge - one for the supervision pile. MASH shows 3 DA incidents at the address since June. Your call.</p>
<p>Gill<br>Safeguarding Clerk, Calderdale SGU</p>
<div style="border-top:solid #E1E1E1 1pt;padding-top:3pt"><b>From:</b> Diane Whitworth &lt;diane.whitworth@calderdale.gov.uk&gt;<br><b>Sent:</b> 15 December 2026 17:02<br><b>To:</b> CD Safeguarding Case Conference &lt;cd.casecon@westyorkshire.police.uk&gt;<br><b>Subject:</b> ICPC SUTCLIFFE 06.01.27</div>
""" + inner_html.split("<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">")[1]
    note_text = ("Sarge - one for the supervision pile. MASH shows 3 DA incidents at the address since June. Your call.\nGill\nSafeguarding Clerk, Calderdale SGU\n\n"
                 "From: Diane Whitworth <diane.whitworth@calderdale.gov.uk>\nSent: 15 December 2026 17:02\nTo: CD Safeguarding Case Conference <cd.casecon@westyorkshire.police.uk>\nSubject: ICPC SUTCLIFFE 06.01.27\n\n" + inner_text)
    msg = multipart("alternative", [text_part(note_text), MIMEText(note_html, "html", "utf-8")], key)
    subj = "FW: ICPC SUTCLIFFE 06.01.27"
    finish(msg, police_internal_headers(sender="gillian.marsden@westyorkshire.police.uk", sender_name="Marsden, Gillian",
                                        to="DS Calderdale SGU Supervision <cd.sgu.supervision@westyorkshire.police.uk>", subject=subj, sent=recv, key=key))
    case = dict(district="calderdale", kind="initial", date="2027-01-06", time="09:30", tick=False, harm=["emotional"],
                children=[("Harley Sutcliffe", "2017-04-28"), ("Frankie Sutcliffe", "2023-11-15")],
                adults=["Natasha Sutcliffe", "Reece Dunn", "Craig Whiteley"], criteria=["domestic_abuse_current_involvement"], decision="discuss",
                source_texts=[subj] + split_texts(note_text, inner_text),
                tags=["police-forward", "html-forward", "safeguarding-clerk", "domestic-abuse", "marac", "tick-report", "calderdale-da-discuss", "unsafe-looks-report-only"],
                notes="serious DA with MARAC and a police DA officer working the safety plan: DA criterion; Calderdale lists no DA item -> discuss despite the written-report tick")
    return "v-107-03-calderdale-icpc-clerk-forward-html-marac", msg, case, recv


def case04():
    key = "v-107-04"
    recv = T(2026, 12, 17, 14, 20, 0)
    inner = """Dear WYP,

Please find the ICPC booking below.

ICPC Thursday 7 January 2027 @ 11.00, Dewsbury Town Hall, Wakefield Old Road.
Chair: Farah Qureshi. SW: Megan Booth.

Child: Ryan Senior (DOB 27/09/2011), Thornhill Community Academy.
Adults: Leanne Senior (mum), Gary Senior (step-dad).

Reason for conference / what we are worried about: Ryan's emotional wellbeing and self-harm, his exclusion from school and the parents' difficulty in keeping him safe at night. Ryan disclosed that his birth father was violent to his mum when he was little. Mum separated from Ryan's father in 2014 and there has been no contact since; she is not aware of where he lives. There is no current police involvement with the household.

Police contribution:
Written report sufficient: X
Attendance required:

Many thanks
Megan Booth, Social Worker, Kirklees Children's Services
"""
    chain = (
        "Donna - can you book the report in please, DS has had a look (below).\n\nThanks\nPaula\nCPPU Admin, Kirklees\n\n"
        + outlook_block("Ackroyd, Stephen (DS 2290) <stephen.ackroyd@westyorkshire.police.uk>", "17 December 2026 12:55",
                        "CPPU Kirklees Admin <kirklees.cppu.admin@westyorkshire.police.uk>", "RE: ICPC Senior 07/01/27")
        + "DS note: high risk DA household per Niche I think? I'd want us there if so. Can someone check.\n\nSteve\n\n"
        + outlook_block("CPPU Kirklees Admin <kirklees.cppu.admin@westyorkshire.police.uk>", "17 December 2026 09:40",
                        "Ackroyd, Stephen (DS 2290) <stephen.ackroyd@westyorkshire.police.uk>", "FW: ICPC Senior 07/01/27")
        + "Sarge, ICPC below for decision please.\n\n"
        + outlook_block("Megan Booth <megan.booth@kirklees.gov.uk>", "16 December 2026 16:31",
                        "kirklees.cppu@westyorkshire.police.uk", "ICPC Senior 07/01/27")
        + inner)
    msg = text_part(chain)
    subj = "FW: RE: ICPC Senior 07/01/27"
    finish(msg, police_internal_headers(sender="paula.haigh@westyorkshire.police.uk", sender_name="Haigh, Paula",
                                        to="donna.kilner@westyorkshire.police.uk", subject=subj, sent=recv, key=key))
    case = dict(district="kirklees", kind="initial", date="2027-01-07", time="11:00", tick=False, harm=["emotional"],
                children=[("Ryan Senior", "2011-09-27")], adults=["Leanne Senior", "Gary Senior"], criteria=[], decision="report_only",
                source_texts=[subj] + split_texts(chain),
                tags=["police-forward", "three-deep-chain", "police-opinion-attend", "historic-da-no-link", "negated", "tick-report", "kirklees-wakefield-rules"],
                notes="the DS's guess ('high risk DA household per Niche I think?') is an opinion; the council's text says the DA was before 2014 with no contact and no current police involvement -> no criterion, written report -> report_only")
    return "v-107-04-kirklees-icpc-three-deep-chain-historic-da", msg, case, recv


def case05():
    key = "v-107-05"
    recv = T(2027, 1, 5, 10, 2, 0)
    inner = """Hello

ICPC request - please see below.

Type of meeting: Initial Child Protection Conference
Date: Friday 15 January 2027
Time: 10:30
Venue: Keighley Town Hall, Bow Street, Keighley BD21 3PA

Child/ren:
- Amelia Rhodes, 08/08/2016
- Archie Rhodes, 17/03/2021

Parents/carers:
- Stacey Rhodes, mother
- Nathan Kerr, mother's partner (moved in Nov 2026)

Police: Attendance required [X]   Report only [ ]

Concerns: Mr Kerr has a conviction from 2009 for child cruelty (a Schedule 1 offence) against his own son, who lives in Scotland. He is not a registered sex offender and is not subject to notification requirements. Ms Rhodes did not tell children's services about the relationship. Amelia has told school she is frightened of the shouting and that Mr Kerr calls her names. Emotional harm.

Thanks,
Rebecca Midgley
Social Worker, Keighley Locality Team, Bradford Children's Social Care
"""
    chain = (outlook_block("Rebecca Midgley <rebecca.midgley@bradford.gov.uk>", "04 January 2027 15:47",
                           "Bradford Safeguarding <bradford.safeguarding@westyorkshire.police.uk>", "ICPC request - RHODES - 15/01/2027")
             + inner
             + "\n---- police comment (added on forward) ----\nPPRC check done: Kerr is on PND for the 2009 matter only, no current investigations or warnings. Not RSO. "
               "Council have ticked attendance though. DS to decide.\nAnna Booth, Researcher, Bradford CSU\n")
    msg = text_part("\n" + chain)
    subj = "FW: ICPC request - RHODES - 15/01/2027"
    finish(msg, police_internal_headers(sender="anna.booth@westyorkshire.police.uk", sender_name="Booth, Anna",
                                        to="Bradford CSU Supervision <bradford.csu.ds@westyorkshire.police.uk>", subject=subj, sent=recv, key=key))
    case = dict(district="bradford", kind="initial", date="2027-01-15", time="10:30", tick=True, harm=["emotional"],
                children=[("Amelia Rhodes", "2016-08-08"), ("Archie Rhodes", "2021-03-17")], adults=["Stacey Rhodes", "Nathan Kerr"],
                criteria=[], decision="discuss",
                source_texts=[subj] + split_texts(chain),
                tags=["police-forward", "bottom-posted-police-note", "schedule-1-not-rso", "negated-rso", "tick-attend", "bradford-wakefield-rules"],
                notes="Schedule 1 / PPRC history is not RSO and it is negated; no criterion; the council ticks attendance required -> discuss (Wakefield rules for Bradford)")
    return "v-107-05-bradford-icpc-researcher-note-below-schedule1", msg, case, recv


def case06():
    key = "v-107-06"
    recv = T(2027, 1, 7, 15, 45, 0)
    form = [
        "TRANSFER IN CHILD PROTECTION CONFERENCE - BOOKING FORM",
        "Safeguarding and Review Unit, Wakefield Council",
        "Type: Transfer-in conference (from Lancashire County Council)",
        "Date: Tuesday 19 January 2027",
        "Time: 12:00",
        "Venue: Wakefield One, Room 2.14",
        "Chair: Nadia Brook",
        "Child: Ella Sharrock  DOB 30/05/2013",
        "Mother: Joanne Sharrock",
        "Stepfather: Wayne Sharrock",
        "Category: Sexual abuse (Lancashire plan since 22/10/2026)",
        "Police: [X] Police attendance required  [ ] Written report sufficient",
        "Police involvement: Lancashire Constabulary are investigating Ella's disclosure that her maternal uncle, Gavin Tyrer, sexually assaulted her. Mr Tyrer visited the family home most weekends. Ella's ABE interview was completed on 20/11/2026; Mr Tyrer was arrested and is on pre-charge bail not to contact Ella.",
        "Other: The chair has spoken with DS Imran Rahman (Wakefield CSU) and it was agreed that police will attend the transfer-in conference.",
        "Social worker: Ben Whiteley, Wakefield Council",
    ]
    doc = docx_bytes(lambda d: [d.add_paragraph(p) for p in form])
    inner_body = "Hi - booking form for the Sharrock transfer in attached.\nBen\n"
    inner = multipart("mixed", [text_part(inner_body), attachment(doc, "TI booking form - Sharrock.docx", "application",
                                                                   "vnd.openxmlformats-officedocument.wordprocessingml.document")], key + "inner")
    isubj = "Transfer in CPC - SHARROCK - 19.01.27"
    set_headers(inner, inner_headers(sender="ben.whiteley@wakefield.gov.uk", sender_name="Ben Whiteley",
                                     to="wakefield.cppu@westyorkshire.police.uk", subject=isubj, sent=T(2027, 1, 6, 11, 2, 0), key=key))
    mid = multipart("mixed", [text_part("Boss - the one you spoke to the chair about. FYI.\nImran\n"), rfc822_part(inner, "Transfer in CPC - SHARROCK.eml")], key + "mid")
    set_headers(mid, inner_headers(sender="imran.rahman@westyorkshire.police.uk", sender_name="Rahman, Imran (DS)",
                                   to="claire.dodsworth@westyorkshire.police.uk", subject="FW: " + isubj, sent=T(2027, 1, 7, 9, 10, 0), key=key + "m"))
    top = "Admin - please allocate, DS Rahman's note below. Officer to attend, Lancs to be contacted for their disclosure.\nDI Claire Dodsworth\n"
    msg = multipart("mixed", [text_part(top), rfc822_part(mid, "FW Transfer in CPC - SHARROCK.eml")], key)
    subj = "FW: FW: " + isubj
    finish(msg, police_internal_headers(sender="claire.dodsworth@westyorkshire.police.uk", sender_name="Dodsworth, Claire (DI)",
                                        to="wakefield.cppu.admin@westyorkshire.police.uk", subject=subj, sent=recv, key=key))
    case = dict(district="wakefield", kind="transfer_in", date="2027-01-19", time="12:00", tick=True, harm=["sexual"],
                children=[("Ella Sharrock", "2013-05-30")], adults=["Joanne Sharrock", "Wayne Sharrock", "Gavin Tyrer"],
                criteria=["current_investigation", "negotiated_attendance"], decision="attend",
                source_texts=[subj, isubj, "FW: " + isubj, top, inner_body, "Boss - the one you spoke to the chair about. FYI.\nImran\n",
                              "TI booking form - Sharrock.docx", "Transfer in CPC - SHARROCK.eml", "FW Transfer in CPC - SHARROCK.eml"] + form,
                tags=["police-forward", "nested-rfc822-two-deep", "docx-innermost", "transfer-in", "other-force-investigation", "negotiated", "tick-attend"],
                notes="transfer-in counts as initial; another force's current sexual-abuse investigation of a regular visitor (bail, ABE) counts; chair and DS agreed attendance -> attend; received = DI's forward 7 Jan")
    return "v-107-06-wakefield-transfer-in-nested-forward-lancs-investigation", msg, case, recv


def case07():
    key = "v-107-07"
    recv = T(2027, 1, 14, 16, 5, 0)
    inner = """From: Lisa Crowther <lisa.crowther@leeds.gov.uk>
Sent: Friday, January 8, 2027 10:21 AM
To: Leeds District Safeguarding Enquiries <leeds.safeguarding.enquiries@westyorkshire.police.uk>
Subject: ICPC NOAH & MILA BRAITHWAITE - MON 18/01/2027

Initial child protection conference
Monday 18th January 2027, 3.15pm
Kirkstall Hub, Kirkstall Lane

Children: Noah Braithwaite (dob 25/12/2021), Mila Braithwaite (dob 01/07/2024)
Mum: Kayleigh Braithwaite

On the evening of 10/12/2026 officers found Noah and Mila alone in the flat; Ms Braithwaite was found intoxicated in town later that night. Officers used their powers under section 46 and both children were kept in police protection overnight, then placed with maternal grandmother Susan Braithwaite, where they remain under a safety plan. This conference follows that incident.

Category: neglect
Police attendance: please indicate
Lisa Crowther, Social Worker, Leeds Children and Families
"""
    note = """Forwarding to the conference inbox - this has been sitting in the enquiries box since last week, sorry. Nothing flagged on the researcher sheet, report only I think? Date is Monday.

PS Jon Wray, Leeds Safeguarding Enquiries
"""
    body = note + "\n" + inner
    msg = text_part(body)
    subj = "FW: ICPC NOAH & MILA BRAITHWAITE - MON 18/01/2027"
    finish(msg, police_internal_headers(sender="jon.wray@westyorkshire.police.uk", sender_name="Wray, Jon (PS)",
                                        to="leeds.cppu.conferences@westyorkshire.police.uk", subject=subj, sent=recv, key=key))
    case = dict(district="leeds", kind="initial", date="2027-01-18", time="15:15", tick=None, harm=["neglect"],
                children=[("Noah Braithwaite", "2021-12-25"), ("Mila Braithwaite", "2024-07-01")],
                adults=["Kayleigh Braithwaite", "Susan Braithwaite"], criteria=["police_protection"], decision="attend",
                source_texts=[subj] + split_texts(note, inner),
                tags=["police-forward", "late-forward", "police-protection-s46", "no-ppo-word", "tick-absent", "police-opinion-report-only", "unsafe-looks-report-only"],
                notes="the conference arises from section 46 police protection (no 'PPO' in the text) -> attend; received at the conference inbox 14 Jan (Thu), conference Mon 18 Jan: 2 working days < 5 -> late_notice")
    return "v-107-07-leeds-icpc-late-forward-section46", msg, case, recv


CASES = [case01, case02, case03, case04, case05, case06, case07]
