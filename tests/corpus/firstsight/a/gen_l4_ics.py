"""Layout 4: Outlook meeting request - multipart/alternative (text/plain, text/html, text/calendar METHOD:REQUEST).
The conference date/time is in the calendar part (DTSTART;TZID=Europe/London) and, in some cases, in prose only."""
from lib import *
from gen_l3_html import render, plain

VTZ = """BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:STANDARD
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
END:DAYLIGHT
END:VTIMEZONE"""


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, b = [], line
    while len(b.encode()) > 74:
        out.append(b[:74])
        b = " " + b[74:]
    out.append(b)
    return "\r\n".join(out)


def calendar(*, uid, organizer, org_mail, attendee, summary, location, start, end, description, seq=0, stamp):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST"]
    lines += VTZ.split("\n")
    lines += ["BEGIN:VEVENT",
              f'ORGANIZER;CN="{organizer}":mailto:{org_mail}',
              f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{attendee[0]}":mailto:{attendee[1]}',
              f"DESCRIPTION;LANGUAGE=en-GB:{ics_escape(description)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{ics_escape(summary)}",
              f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{end}",
              f"DTSTAMP:{stamp}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-GB:{ics_escape(location)}",
              "CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def build(name, *, district, sender, local, subject, sent, received, sections, lab, start, end, location, summary, seq=0):
    texts = []
    h = render(sections, texts)
    p = plain(sections)
    dom = DOMAINS[district]
    to_name, to_mail = POLICE_TO[district].split(" <")
    to_mail = to_mail.rstrip(">")
    ics = calendar(uid=hashlib.sha1(name.encode()).hexdigest().upper() + "@" + dom, organizer=sender, org_mail=f"{local}@{dom}",
                   attendee=(to_name, to_mail), summary=summary, location=location, start=start, end=end, description=p, seq=seq,
                   stamp=sent.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
    msg = MIMEMultipart("alternative")
    msg.attach(text_part(p))
    msg.attach(text_part(h, "html"))
    cal = MIMEText(ics, "calendar", "utf-8")
    cal.set_param("method", "REQUEST")
    msg.attach(cal)
    headers(msg, district=district, sender_name=sender, sender_local=local, subject=subject, sent=sent, received=received,
            extra={"Thread-Topic": subject, "X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""})
    lab["source_texts"] = [subject, p, ics, summary, location] + texts
    write_case(name, msg, lab)


def c22():
    rec = ts(2026, 12, 10, 8, 55)
    secs = [("p", "Please accept this meeting request for an Initial Child Protection Conference. The booking form is pasted below."),
            ("b", "OFFICIAL-SENSITIVE - BOOKING FORM"),
            ("table", [["Child", "Oliver Kaye (DOB 21/09/2017)"], ["Parents", "Kelly Kaye (mum), Dean Kaye (dad)"],
                       ["CareDirector ID", "CD420388"], ["Category", "Physical abuse"], ["Police attendance required", "Yes"]], False),
            ("b", "Reason for conference"),
            ("p", "Oliver was taken to hospital on 30/11/2026 with a spiral fracture of the left arm that doctors say is not consistent with the explanation given. Mr Kaye was arrested on 02/12/2026 on suspicion of causing grievous bodily harm to Oliver and has been released under investigation. The joint section 47 enquiry with the police is continuing."),
            ("p", "Kind regards, Safeguarding and Review Unit, Wakefield Council")]
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2026-12-15", time="10:00", tick=True,
                harm=["physical"], children=[("Oliver Kaye", "2017-09-21")], adults=["Kelly Kaye", "Dean Kaye"],
                criteria=["current_investigation"], decision="attend", received=rec.date(), flags_required=["late_notice"],
                source_texts=[], tags=["outlook-meeting", "date-in-calendar-only", "district-wakefield", "initial", "rui",
                                       "late-notice", "report-due-on-receipt-day"],
                notes="father arrested and RUI for GBH on the child, joint s47 continuing (W1) -> attend; date only in DTSTART; 3 WD notice -> late_notice; report due = day received, not passed")
    build("a-22-wakefield-icpc-meeting-request-rui-calendar-only", district="wakefield", sender="SRU Admin", local="sru.admin",
          subject="ICPC - KAYE - CD420388", sent=rec - dt.timedelta(minutes=2), received=rec, sections=secs, lab=lab,
          start="20261215T100000", end="20261215T113000", location="Wakefield One, Burton Street, Room 2.14",
          summary="Initial Child Protection Conference - KAYE")


def c23():
    rec = ts(2026, 12, 7, 10, 0)
    secs = [("p", "Hi all,"),
            ("p", "You are invited to an initial child protection conference on Tuesday the 15th of December 2026, starting at half past one in the afternoon, at the Reginald Centre, Chapeltown."),
            ("b", "Booking details (OFFICIAL-SENSITIVE)"),
            ("p", "Children: Freya Dixon (08/01/2017), Archie Dixon (22/11/2019)"),
            ("p", "Parents: Hannah Dixon, Callum Dixon"),
            ("p", "Reason for conference: emotional harm. Both parents drink heavily most evenings and Freya is left to look after Archie. Freya has told school she is worried all the time that her mum will not wake up."),
            ("p", "Police attendance: not required - written report please."),
            ("p", "Thanks, Leeds Integrated Safeguarding Unit")]
    lab = label(district="leeds", kind="initial", pre_birth=False, date="2026-12-15", time="13:30", tick=False,
                harm=["emotional"], children=[("Freya Dixon", "2017-01-08"), ("Archie Dixon", "2019-11-22")],
                adults=["Hannah Dixon", "Callum Dixon"], criteria=[], decision="report_only", received=rec.date(), source_texts=[],
                tags=["outlook-meeting", "date-in-prose", "name-dob-brackets", "district-leeds", "initial", "tick-report"],
                notes="no criterion, written report requested -> report_only; date and time written in words in the body")
    build("a-23-leeds-icpc-meeting-request-prose-date", district="leeds", sender="Leeds ISU", local="isu",
          subject="Initial CPC - DIXON children", sent=rec - dt.timedelta(minutes=2), received=rec, sections=secs, lab=lab,
          start="20261215T133000", end="20261215T150000", location="Reginald Centre, Chapeltown",
          summary="ICPC DIXON")


def c24():
    rec = ts(2026, 12, 14, 15, 0)
    secs = [("p", "Meeting request for the review conference for Lucas. Booking form below."),
            ("b", "REVIEW CHILD PROTECTION CONFERENCE - BOOKING FORM"),
            ("table", [["Child", "Lucas Brennan - 04/04/2018"], ["Mum", "Amy Brennan"], ["Dad", "Ross Brennan"],
                       ["Conference", "Review (first)"], ["Plan category", "Emotional abuse"], ["Police attendance requested", "No"]], False),
            ("b", "Significant events since the last conference"),
            ("p", "On 27/11/2026 Mr Brennan was arrested on suspicion of assaulting Lucas after school saw bruising to his face. He is on police bail with a condition not to have unsupervised contact with Lucas, and the police investigation is ongoing."),
            ("b", "Core group"),
            ("p", "Social worker, Lucas's school, school nurse, Mrs Brennan."),
            ("p", "CP Admin Team, Calderdale MBC")]
    lab = label(district="calderdale", kind="review", pre_birth=False, date="2027-01-11", time="09:30", tick=False,
                harm=["emotional"], children=[("Lucas Brennan", "2018-04-04")], adults=["Amy Brennan", "Ross Brennan"],
                criteria=["current_investigation"], decision="discuss", received=rec.date(), source_texts=[],
                tags=["outlook-meeting", "date-in-calendar-only", "district-calderdale", "review", "current-investigation",
                      "no-police-core-group", "tick-report"],
                notes="review, police not in core group, but a current police investigation (arrest, bail) is a significant event -> discuss")
    build("a-24-calderdale-rcpc-meeting-request-new-arrest", district="calderdale", sender="CP Admin Team", local="cp.admin",
          subject="RCPC - BRENNAN Lucas", sent=rec - dt.timedelta(minutes=2), received=rec, sections=secs, lab=lab,
          start="20270111T093000", end="20270111T110000", location="Northgate House, Halifax - Room 6",
          summary="Review CP Conference - BRENNAN")


def c25():
    rec = ts(2026, 12, 16, 11, 0)
    secs = [("p", "Please find below the booking information for a transfer in conference. Lancashire are transferring the plan to Bradford."),
            ("b", "OFFICIAL-SENSITIVE"),
            ("table", [["Conference type", "Transfer In"], ["Child", "Maisie Clough, born 30/01/2014"],
                       ["Mother", "Kirsty Clough"], ["Significant adult", "Wayne Ibbotson - mother's partner"],
                       ["Originating authority", "Lancashire County Council (plan since 02/09/2026, category sexual abuse)"],
                       ["Police", "Please advise whether you will be attending"]], False),
            ("b", "Reason"),
            ("p", "Ms Clough and Maisie moved to Keighley in November. Mr Ibbotson, who stays at the house most nights, is a registered sex offender (MAPPA category 1) following a 2021 conviction for possessing indecent images of children."),
            ("p", "Bradford Children's Services - Conference and Reviewing Service")]
    lab = label(district="bradford", kind="transfer_in", pre_birth=False, date="2027-01-14", time="10:00", tick=None,
                harm=["sexual"], children=[("Maisie Clough", "2014-01-30")], adults=["Kirsty Clough", "Wayne Ibbotson"],
                criteria=["registered_sex_offender"], decision="attend", received=rec.date(), source_texts=[],
                tags=["outlook-meeting", "date-in-calendar-only", "district-bradford", "transfer-in", "rso", "free-text-police",
                      "wakefield-rules"],
                notes="Bradford on Wakefield rules; transfer-in = initial; RSO partner staying in the household (W7) -> attend; police question is free text, no tick")
    build("a-25-bradford-transfer-in-meeting-request-rso", district="bradford", sender="Conference and Reviewing Service",
          local="cp.conferences", subject="Transfer In Conference - CLOUGH", sent=rec - dt.timedelta(minutes=2), received=rec,
          sections=secs, lab=lab, start="20270114T100000", end="20270114T113000", location="Keighley Town Hall, Bow Street",
          summary="Transfer In CP Conference - CLOUGH, Maisie")


def c26():
    rec = ts(2026, 12, 17, 14, 20)
    secs = [("p", "Hello, this is the review for the Moxon children - 12th Jan at 2 - details below."),
            ("b", "Review conference booking"),
            ("p", "1. Jayden Moxon 01/06/2016"), ("p", "2. Lacey Moxon 23/09/2019"),
            ("p", "Mother: Nicola Moxon. Paternal grandfather (significant adult): Barry Moxon."),
            ("p", "Reason: second review of the child protection plan (neglect). Progress has been slow and the children are still often late and hungry at school."),
            ("p", "Core group: social worker, St Mary's Primary, health visitor, Ms Moxon."),
            ("p", "Police attendance: Required"),
            ("p", "SRU, Wakefield Council")]
    lab = label(district="wakefield", kind="review", pre_birth=False, date="2027-01-12", time="14:00", tick=True,
                harm=["neglect"], children=[("Jayden Moxon", "2016-06-01"), ("Lacey Moxon", "2019-09-23")],
                adults=["Nicola Moxon", "Barry Moxon"], criteria=[], decision="discuss", received=rec.date(), source_texts=[],
                tags=["outlook-meeting", "date-in-prose", "numbered-names", "district-wakefield", "review", "tick-attend"],
                notes="review, no criterion and police not in core group, but the form asks for police attendance -> discuss")
    build("a-26-wakefield-rcpc-meeting-request-police-required", district="wakefield", sender="SRU Admin", local="sru.admin",
          subject="RCPC Moxon", sent=rec - dt.timedelta(minutes=2), received=rec, sections=secs, lab=lab,
          start="20270112T140000", end="20270112T153000", location="Microsoft Teams Meeting", summary="RCPC Moxon")


def c27():
    rec = ts(2026, 12, 16, 10, 0)
    secs = [("p", "Meeting invitation: pre-birth initial child protection conference, Tuesday 22/12/2026 11:00, St James's University Hospital, Bexley Wing seminar room 3."),
            ("b", "OFFICIAL-SENSITIVE - booking form"),
            ("table", [["Unborn child", "Unborn baby Fenton, EDD 03/03/2027"], ["Mother", "Shannon Fenton (11/05/2004)"],
                       ["Father", "Kyle Marsh (29/10/2002)"], ["Category", "Neglect"], ["Police attendance", "Not required"]], False),
            ("b", "Reason for conference"),
            ("p", "Shannon's first child, Rio, was placed in police protection in 2024 after being found alone in the flat and was later adopted. Shannon and Kyle continue to use cannabis daily and have not engaged with the midwife."),
            ("p", "Contingency: should the parents attempt to remove the baby from hospital against advice, police protection may be considered."),
            ("p", "Leeds Integrated Safeguarding Unit")]
    lab = label(district="leeds", kind="initial", pre_birth=True, date="2026-12-22", time="11:00", tick=False,
                harm=["neglect"], children=[("Unborn baby Fenton", None)], adults=["Shannon Fenton", "Kyle Marsh"],
                criteria=["prior_unit_involvement"], decision="report_only", received=rec.date(), flags_required=["late_notice"],
                source_texts=[], tags=["outlook-meeting", "pre-birth", "district-leeds", "initial", "tick-report", "late-notice",
                                       "trap-historic-police-protection", "trap-hypothetical-police-protection"],
                notes="police protection only historical (2024, previous child) and hypothetical (contingency): prior involvement only, not a Leeds criterion -> report_only; 4 WD < 5")
    build("a-27-leeds-prebirth-meeting-request-pp-traps-late", district="leeds", sender="Leeds ISU", local="isu",
          subject="Pre-birth ICPC - FENTON", sent=rec - dt.timedelta(minutes=2), received=rec, sections=secs, lab=lab,
          start="20261222T110000", end="20261222T123000", location="St James's University Hospital, Bexley Wing seminar room 3",
          summary="Pre-birth ICPC FENTON")


def c28():
    rec = ts(2026, 12, 18, 10, 0)
    secs = [("p", "Please note this conference has been moved. It was due to take place on 22/12/2026; it will now be held on Thursday 7 January 2027 at 2pm, same venue. Updated booking form below."),
            ("b", "OFFICIAL-SENSITIVE"),
            ("table", [["Conference", "Initial CPC"], ["Child", "Jessica Ramsden (05/05/2013)"], ["Parents", "Karen Ramsden (mother); Neil Ramsden (father)"],
                       ["Category", "Sexual abuse"]], False),
            ("b", "Circumstances"),
            ("p", "An adult man Jessica met online has persuaded her to send sexual images and to meet him in Halifax town centre. The CSE risk assessment completed on 10/12/2026 is high and child sexual exploitation is the main risk under consideration. Her parents are supportive."),
            ("p", "CP Admin, Calderdale Council")]
    lab = label(district="calderdale", kind="initial", pre_birth=False, date="2027-01-07", time="14:00", tick=None,
                harm=["sexual"], children=[("Jessica Ramsden", "2013-05-05")], adults=["Karen Ramsden", "Neil Ramsden"],
                criteria=["child_sexual_exploitation"], decision="discuss", received=rec.date(), flags_required=["rescheduled"],
                source_texts=[], tags=["outlook-meeting", "updated-meeting", "rescheduled", "district-calderdale", "initial", "cse",
                                       "tick-absent"],
                notes="rescheduled to 07/01/2027; CSE is a considered risk, Calderdale does not list CSE for initials -> discuss (POLICY choice)")
    build("a-28-calderdale-icpc-meeting-request-rescheduled-cse", district="calderdale", sender="CP Admin", local="cp.admin",
          subject="Updated: ICPC - RAMSDEN - new date", sent=rec - dt.timedelta(minutes=2), received=rec, sections=secs, lab=lab,
          start="20270107T140000", end="20270107T153000", location="Halifax Customer First, Horton Street", seq=1,
          summary="ICPC RAMSDEN (rescheduled)")


if __name__ == "__main__":
    for f in (c22, c23, c24, c25, c26, c27, c28):
        f()
