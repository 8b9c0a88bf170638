"""Layout 6: plain-text memorandum in the e-mail body; memo Date: line is not the conference date."""
import datetime as dt
import textwrap
from lib import build_email, write_label, kid

def body_texts(subject, body):
    out = [subject, body]
    for para in body.split("\n\n"):
        p = para.strip("\n")
        if not p.strip():
            continue
        out.append(p)
        out.append(" ".join(l.strip() for l in p.split("\n")))
        out.extend(l for l in p.split("\n") if l.strip())
    return out

def memo(head, paras, sign):
    w = lambda p: "\n".join(textwrap.wrap(p, 74))
    return head + "\n\n" + "\n\n".join(w(p) for p in paras) + "\n\n" + sign + "\n"

def head(to, frm, date, re_, marking="OFFICIAL-SENSITIVE"):
    return (f"{marking}\n\nMEMORANDUM\n\nTo:    {to}\nFrom:  {frm}\nDate:  {date}\nRe:    {re_}")

CASES = []
def case(f): CASES.append(f); return f

@case
def b_06a():
    name = "b-06a-wakefield-icpc-memo-cse-attend"
    rec = dt.datetime(2026, 12, 8, 10, 41)
    h = head("Police Child and Public Protection Unit, Normanton", "Safeguarding and Review Unit, Wakefield Council",
             "7 December 2026", "Initial Child Protection Conference - Kacey LUMB")
    paras = [
        "An Initial Child Protection Conference has been arranged for Kacey Lumb (date of birth 14/06/2011), who lives with her mother Donna Lumb and her mother's partner Craig Pickersgill at an address in Airedale.",
        "The conference will be held on Tuesday 15 December 2026, starting at 1.30pm, in Room 3, Wakefield One, Burton Street (or by Teams for anyone unable to attend in person). The Chair will be Marie Kettlewell.",
        "The reason for the conference is the concern that Kacey is being sexually exploited. Since October she has been reported missing on four occasions; on the most recent occasion she was found at 2am in a flat in Castleford with two adult men who are not known to the family. She has new clothes and a phone that her mother did not buy. The CSE risk assessment completed on 30 November 2026 rates the risk of child sexual exploitation as high.",
        "Mrs Lumb has been working with the social worker and reports each missing episode promptly. Mr Pickersgill is supportive of the plan to keep Kacey safe.",
        "Given the exploitation concerns, the Chair asks that a police officer attends the conference in person.",
        "The social worker is Aisha Mahmood (Team 4, Wakefield Central). Please send your written report to the Chair no later than three working days before the conference.",
    ]
    body = memo(h, paras, "Janice Boothroyd\nConference Co-ordinator\nSafeguarding and Review Unit\nWakefield Council")
    subj = "OFFICIAL-SENSITIVE: ICPC memo - LUMB"
    build_email(name, "wakefield", "Janice Boothroyd", "janice.boothroyd", subj, body, [], rec)
    write_label(name, district="wakefield", kind="initial", pre_birth=False, date="2026-12-15", time="13:30",
        tick=True, harm=None, children=[kid("Kacey Lumb", "14/06/2011")],
        adults=["Donna Lumb", "Craig Pickersgill"], criteria=["child_sexual_exploitation"], decision="attend",
        received=rec, texts=body_texts(subj, body), not_forbid=["no_booking_form"],
        tags=["memo-body", "district-wakefield", "initial", "tick-sentence-attend", "cse", "memo-date-trap"],
        notes="CSE risk assessed high (Wakefield item 5) -> attend; memo Date 7 Dec is not the conference date (15 Dec); police request given as a sentence")

@case
def b_06b():
    name = "b-06b-leeds-icpc-memo-cse-discuss"
    rec = dt.datetime(2026, 12, 2, 14, 5)
    h = head("CPPU Weetwood (SPOC for conference invitations)", "Integrated Safeguarding Unit, Leeds City Council",
             "1 December 2026", "Initial CP Conference, RHODES children")
    paras = [
        "Please be advised that the Integrated Safeguarding Unit has convened an initial child protection conference for Tianna Rhodes (d.o.b. 22/09/2010) and her brother Jayden Rhodes (d.o.b. 03/03/2014). Their mother, Leanne Rhodes, has sole care; their father, Marcus Okafor, lives in Harehills and sees the children at weekends.",
        "We have booked the conference for 10am on Thursday 10th December 2026 at Merrion House, 110 Merrion Centre, Leeds LS2 8BB.",
        "The conference has been called because Tianna is considered to be at risk of child sexual exploitation. Over the last two months she has been in contact through Snapchat with men in their twenties who have bought her vapes and alcohol and collected her from school in a car. The exploitation hub has screened the referral and graded the CSE risk as significant. Jayden is included because of the impact on him of his sister's episodes of going missing.",
        "There has been no police investigation so far: Tianna has not made any disclosure and declined to speak with officers.",
        "Social worker: Callum Brennan, Leeds West Social Work Service. Reports should reach the Integrated Safeguarding Unit at least 24 hours before the conference.",
    ]
    body = memo(h, paras, "Pauline Verity\nBusiness Support Officer\nIntegrated Safeguarding Unit")
    subj = "ICPC - RHODES - 10.12.2026"
    build_email(name, "leeds", "Pauline Verity", "isu.conferences", subj, body, [], rec)
    write_label(name, district="leeds", kind="initial", pre_birth=False, date="2026-12-10", time="10:00",
        tick=None, harm=None, children=[kid("Tianna Rhodes", "22/09/2010"), kid("Jayden Rhodes", "03/03/2014")],
        adults=["Leanne Rhodes", "Marcus Okafor"], criteria=["child_sexual_exploitation"], decision="discuss",
        received=rec, texts=body_texts(subj, body), not_forbid=["no_booking_form"],
        tags=["memo-body", "district-leeds", "initial", "tick-absent", "cse", "leeds-cse-discuss"],
        notes="CSE is a considered risk but Leeds' list has no CSE item and there is no police investigation -> discuss (POLICY choice)")

@case
def b_06c():
    name = "b-06c-calderdale-icpc-memo-strategy-discussion-report-only"
    rec = dt.datetime(2026, 11, 30, 9, 20)
    h = head("West Yorkshire Police - Calderdale Safeguarding Unit", "Child Protection Administration, Calderdale Council",
             "27 November 2026", "Conference arrangements - SUTCLIFFE", marking="OFFICIAL - SENSITIVE PERSONAL")
    paras = [
        "This memo is to let you know that an Initial Child Protection Conference will take place at 9.30 on the morning of Friday 11 December 2026, at Northgate House, Halifax. The conference concerns Alfie Sutcliffe, born 19 May 2019, and his sister Poppy Sutcliffe, born 2 January 2022. They live with their mother Jodie Sutcliffe; their father Ryan Mallinson stays at the house most nights.",
        "The concerns that have brought the family to conference are neglect: the home has repeatedly been found without heating and with little food, Poppy has missed three health appointments and her immunisations are overdue, and Alfie is frequently late for school and arrives hungry.",
        "A strategy discussion was held with police and health on 24 November 2026. It was agreed that the section 47 enquiry would be carried out by children's social care as a single-agency enquiry. Police checks returned no trace for either parent.",
        "Police are asked to provide a written report for the conference; attendance by an officer is not required on this occasion.",
        "Conference chair: Imran Qureshi. Social worker: Bethany Crowther.",
    ]
    body = memo(h, paras, "Regards\nSarah Greenwood\nChild Protection Administration\nCalderdale Council")
    subj = "Conference arrangements - SUTCLIFFE - 11/12/2026"
    build_email(name, "calderdale", "Sarah Greenwood", "cp.admin", subj, body, [], rec)
    write_label(name, district="calderdale", kind="initial", pre_birth=False, date="2026-12-11", time="09:30",
        tick=False, harm=["neglect"], children=[kid("Alfie Sutcliffe", "19/05/2019"), kid("Poppy Sutcliffe", "02/01/2022")],
        adults=["Jodie Sutcliffe", "Ryan Mallinson"], criteria=[], decision="report_only",
        received=rec, texts=body_texts(subj, body), not_forbid=["no_booking_form"],
        tags=["memo-body", "district-calderdale", "initial", "tick-sentence-report", "trap-strategy-discussion", "trap-neglect-category", "prose-dates"],
        notes="neglect with a strategy discussion (police always present) and a single-agency s47; police checks no trace; report asked, attendance not required -> report_only")

@case
def b_06d():
    name = "b-06d-leeds-rcpc-memo-negated-late-notice"
    rec = dt.datetime(2026, 12, 3, 11, 15)
    h = head("Child and Public Protection Unit, Weetwood", "Integrated Safeguarding Unit (Conference Team), Leeds",
             "3 December 2026", "Review Child Protection Conference - Harley BROOK", marking="OFFICIAL")
    paras = [
        "The second review child protection conference for Harley Brook (born 12/01/2018) has had to be brought forward and will now take place on Tuesday 15 December 2026 at 2.00pm, at Kippax Children's Centre. We apologise for the short notice.",
        "Harley has been subject to a child protection plan under the category of emotional abuse since June 2026 because of frequent arguments between his parents, Stacey Brook and Dean Brook, and their separation and reconciliation. Both parents now live together again with Harley and have engaged with the relationship service.",
        "Police have not been members of the core group. There have been no police call-outs to the address since the initial conference and neither parent is subject to any police investigation.",
        "A short written update from police records would be appreciated for the review.",
    ]
    body = memo(h, paras, "Simon Atkinson\nConference Team, ISU\nLeeds City Council")
    subj = "RCPC - BROOK - 15/12/2026 (date brought forward)"
    build_email(name, "leeds", "Simon Atkinson", "simon.atkinson", subj, body, [], rec)
    write_label(name, district="leeds", kind="review", pre_birth=False, date="2026-12-15", time="14:00",
        tick=None, harm=["emotional"], children=[kid("Harley Brook", "12/01/2018")],
        adults=["Stacey Brook", "Dean Brook"], criteria=[], decision="report_only",
        received=rec, texts=body_texts(subj, body), not_forbid=["no_booking_form", "rescheduled"],
        tags=["memo-body", "district-leeds", "review", "tick-absent", "trap-negated", "late-notice"],
        notes="Leeds review, police not in core group, all police mentions negated -> report_only; 8 working days < Leeds review minimum of 10 -> late_notice")

@case
def b_06e():
    name = "b-06e-wakefield-memo-report-chaser-not-invitation"
    rec = dt.datetime(2026, 12, 14, 15, 48)
    h = head("Police Child and Public Protection Unit", "Safeguarding and Review Unit, Wakefield Council",
             "14 December 2026", "OUTSTANDING POLICE REPORT - review conference, Oakley WAINWRIGHT")
    paras = [
        "Our records show that we have not yet received a police report for the review child protection conference for Oakley Wainwright (dob 05/04/2021) which is due to be held on Thursday 17 December 2026 at 10.00am.",
        "The invitation and booking form were sent to your unit on 19 November 2026. The Chair, Denise Firth, has asked us to chase any reports that are outstanding so that they can be shared with the family in good time.",
        "If the report has already been sent, please ignore this reminder. If you are unable to provide one, please let us know by return so that the Chair can be informed.",
    ]
    body = memo(h, paras, "Many thanks\nKaren Holroyd\nSafeguarding and Review Unit")
    subj = "REMINDER - outstanding police report - WAINWRIGHT RCPC 17/12"
    build_email(name, "wakefield", "Karen Holroyd", "sru.admin", subj, body, [], rec)
    write_label(name, district="wakefield", kind="review", pre_birth=False, date="2026-12-17", time="10:00",
        tick=None, harm=None, children=[kid("Oakley Wainwright", "05/04/2021")], adults=None,
        criteria=[], decision="manual_review", received=rec, texts=body_texts(subj, body),
        flags_required=["not_an_invitation"], non_invitation=True,
        not_forbid=["no_booking_form", "missing_reason", "missing_family_details", "deadline_passed"],
        tags=["memo-body", "district-wakefield", "not-an-invitation", "chaser"],
        notes="a reminder chasing an outstanding report (the invitation came earlier) is not an invitation -> manual_review with not_an_invitation")

@case
def b_06f():
    name = "b-06f-kirklees-icpc-memo-domestic-abuse-marac-attend"
    rec = dt.datetime(2026, 12, 9, 12, 2)
    h = head("WYP Kirklees Safeguarding Unit (Child Protection)", "Child Protection Conference Service, Kirklees Council",
             "8 December 2026", "ICPC: DYER / HAIGH household")
    paras = [
        "I am writing to invite the police to an initial child protection conference concerning Mason Dyer (DOB 30/10/2016) and Isla Dyer (DOB 08/08/2020). The children live in Dewsbury with their mother, Kelly Dyer. Isla's father, Jordan Haigh, lived in the household until last month.",
        "The conference is to be held at Civic Centre 1, Huddersfield on Monday 21st December 2026, 11 o'clock start.",
        "The conference is needed because of serious and escalating domestic abuse by Mr Haigh towards Ms Dyer, much of it witnessed by the children. Following an incident on 27 November 2026 in which Ms Dyer was strangled, a DASH risk assessment was scored as high risk and the case was heard at MARAC on 1 December 2026. A Domestic Violence Protection Order was granted on 28 November 2026 and is in force until 25 December 2026. DC Laura Brierley of the police domestic abuse team is currently working with Ms Dyer alongside the IDVA to manage the risk.",
        "Mason has told his teacher that he is frightened Mr Haigh will come back to the house.",
    ]
    body = memo(h, paras, "Yours sincerely\nRukhsana Bibi\nConference Co-ordinator\nKirklees Council")
    subj = "OFFICIAL-SENSITIVE ICPC 21.12.26 DYER"
    build_email(name, "kirklees", "Rukhsana Bibi", "cpconferences", subj, body, [], rec)
    write_label(name, district="kirklees", kind="initial", pre_birth=False, date="2026-12-21", time="11:00",
        tick=None, harm=None, children=[kid("Mason Dyer", "30/10/2016"), kid("Isla Dyer", "08/08/2020")],
        adults=["Kelly Dyer", "Jordan Haigh"], criteria=["domestic_abuse_current_involvement"], decision="attend",
        received=rec, texts=body_texts(subj, body), not_forbid=["no_booking_form"],
        tags=["memo-body", "district-kirklees", "initial", "tick-absent", "domestic-abuse", "wakefield-rules"],
        notes="serious DA with MARAC 1 Dec, DVPO in force and a police DA officer working with mother; Kirklees decided with Wakefield rules (item 6) -> attend")

@case
def b_06g():
    name = "b-06g-wakefield-prebirth-memo-schedule1-hypothetical-pp-report-only"
    rec = dt.datetime(2026, 12, 11, 10, 2)
    h = head("Police Child and Public Protection Unit, Normanton", "Safeguarding and Review Unit, Wakefield Council",
             "10 December 2026", "Pre-birth Initial Child Protection Conference - unborn baby of Chloe HAIGH")
    paras = [
        "A pre-birth initial child protection conference has been arranged for the unborn baby of Chloe Haigh (DOB 17/07/2003). The baby is due on 14/02/2027. The father is Nathan Fozzard (DOB 02/11/1994), who lives with Ms Haigh in Ossett.",
        "The conference will be on Wednesday 23 December 2026 at 10.00 at Wakefield One. Chair: Philip Denton.",
        "The reason for the conference is Mr Fozzard's history. In 2013 he was convicted of cruelty to a child (section 1, Children and Young Persons Act 1933) towards his then partner's son, following an investigation by the police Child Safeguarding Unit, and he is a Schedule 1 offender. He is not a registered sex offender. There has been no police involvement with the couple since they met in 2024, and the parenting assessment is ongoing.",
        "The birth plan will say that, if the parents try to remove the baby from hospital against medical advice, police protection may be considered.",
        "A written police report will be sufficient; the Chair does not require police attendance.",
    ]
    body = memo(h, paras, "Gemma Oldroyd\nSafeguarding and Review Unit")
    subj = "Pre-birth ICPC - unborn HAIGH - 23/12/2026"
    build_email(name, "wakefield", "Gemma Oldroyd", "gemma.oldroyd", subj, body, [], rec)
    write_label(name, district="wakefield", kind="initial", pre_birth=True, date="2026-12-23", time="10:00",
        tick=False, harm=None, children=[kid("Unborn baby of Chloe Haigh", None)],
        adults=["Chloe Haigh", "Nathan Fozzard"], criteria=["prior_unit_involvement"], decision="report_only",
        received=rec, texts=body_texts(subj, body), not_forbid=["no_booking_form"],
        tags=["memo-body", "district-wakefield", "pre-birth", "initial", "tick-sentence-report", "trap-schedule1",
              "trap-hypothetical-pp", "trap-historical-wilful-neglect"],
        notes="2013 cruelty conviction is historical (prior_unit_involvement only, not a Wakefield item), Schedule 1 is not RSO, PP only hypothetical -> report_only")

if __name__ == "__main__":
    for f in CASES:
        f()
        print("ok", f.__name__)
