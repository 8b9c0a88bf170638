"""Layout 39: virtual / hybrid conferences sent as Microsoft Teams meeting invitations
(text/plain body with the join link and meeting ID, a text/calendar part with DTSTART in
Europe/London or Outlook's 'GMT Standard Time'), booking details in the body or an attachment;
includes an update (moved) and a cancellation."""
import datetime as dt
from lib import *
from gen38 import kv_form

LINE = "_" * 80


def teams_block(c, meeting_id, passcode):
    tid = c.hexid(32)
    lines = [LINE, "Microsoft Teams meeting", "Join on your computer, mobile app or room device",
             f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>",
             f"Meeting ID: {meeting_id}", f"Passcode: {passcode}",
             "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
             "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>", LINE]
    return lines


def teams_email(c, *, district, from_, subject, recv, start, minutes, location, pre, post, meeting_id, passcode,
                method="REQUEST", seq=0, attachments=(), tzid="Europe/London", sender_domain=None, uid=None):
    lines = list(pre) + [""] + teams_block(c, meeting_id, passcode) + [""] + list(post)
    body = "\n".join(lines)
    for l in lines:
        c.t(l)
    org = from_.split("<")[0].strip(), from_.split("<")[1].rstrip(">")
    cal = ics(c, method=method, uid=uid or f"040000008200E00074C5B7101A82E008{c.hexid(32).upper()}", seq=seq, start=start,
              end=start + dt.timedelta(minutes=minutes), summary=subject.split(": ", 1)[-1] if subject.startswith(("Canceled", "Updated")) else subject,
              location=location, description=body, organizer=org,
              attendees=[(MAILBOX[district].split(" <")[0], MAILBOX[district].split("<")[1].rstrip(">"))], tzid=tzid,
              stamp=recv - dt.timedelta(minutes=2))
    return build_email(c, from_=from_, to=MAILBOX[district], subject=subject, date=recv, body=body,
                       alt_calendar=(cal, method), attachments=attachments, sender_domain=sender_domain,
                       extra_headers=[("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")])


def c01():
    c = Case("39-01", "leeds-icpc-teams-invite-da-marac-dv-coordinator")
    recv = dt.datetime(2026, 12, 8, 16, 0)
    pre = ["OFFICIAL-SENSITIVE", "", "Initial Child Protection Conference - THACKRAY", "",
           "Date: Wednesday 16 December 2026", "Time: 14:00 - 16:00", "Format: virtual (Microsoft Teams) - link below",
           "Chair: Lorraine Haigh", "Social worker: Bethany Wood", "Mosaic ID: MOS7781204", "Category requested: Emotional abuse", "",
           "Children:", "Evie Thackray, DOB 09/01/2018", "Leo Thackray, DOB 05/05/2021", "",
           "Parents:", "Sophie Thackray (mother), DOB 23/03/1993 - refuge address, not to be shared",
           "Nathan Thackray (father), DOB 11/11/1990 - 17 Seacroft Avenue, Leeds LS14", "",
           "Reason for conference:",
           "On 21/11/2026 Mr Thackray strangled Ms Thackray in front of both children. The DASH was assessed as high risk and the case was heard at the Leeds MARAC on 03/12/2026. The Leeds Domestic Violence co-ordinator and PC Hannah Riley (domestic abuse officer) are working with Ms Thackray on a safety plan; Mr Thackray is on police bail with conditions not to contact her or attend the children's school.",
           "", "Police attendance required: Yes", "Reports to the Integrated Safeguarding Unit 24 hours before the conference."]
    msg = teams_email(c, district="leeds", from_="Leeds ISU Conferences <isu.conferences@leeds.gov.uk>",
                      subject="ICPC - THACKRAY - 16/12/2026 14:00", recv=recv, start=dt.datetime(2026, 12, 16, 14, 0), minutes=120,
                      location="Microsoft Teams Meeting", pre=pre, post=["Please accept or decline this invitation so that the ISU can record attendance."],
                      meeting_id="371 922 480 155", passcode="Xk7Pq2")
    lab = label(c, district="leeds", kind="initial", date="2026-12-16", time="14:00", tick=True, harm=["emotional"],
                children=[("Evie Thackray", "2018-01-09"), ("Leo Thackray", "2021-05-05")], adults=["Sophie Thackray", "Nathan Thackray"],
                criteria=["domestic_abuse_current_involvement"], decision="attend", received=recv.date(), unscored=["no_booking_form"],
                tags=["teams-invite", "text-calendar", "body-booking", "district-leeds", "initial", "tick-attend", "domestic-abuse"],
                notes="serious DA (strangulation, DASH high, MARAC 03/12) with the DV co-ordinator and a police DA officer currently involved (Leeds item 5): attend")
    return c, msg, lab


def c02():
    c = Case("39-02", "wakefield-icpc-teams-update-moved-cse")
    recv = dt.datetime(2027, 1, 4, 9, 30)
    bf = kv_form(c, "CHILD PROTECTION CONFERENCE BOOKING FORM", "Wakefield Safeguarding and Review Unit", [
        ("Conference", "Initial Child Protection Conference"), ("Date", "15/01/2027 (moved from 14/01/2027)"), ("Time", "13:30"),
        ("Venue", "Microsoft Teams"), ("CareDirector ID", "CD466310"), ("Chair", "Simon Outhwaite"), ("Social worker", "Ellie Marsh"),
        ("Category requested", "Sexual abuse"), ("Child", "Courtney Spurr, 12/12/2012, Female, Outwood Academy City Fields"),
        ("Mother", "Tracey Spurr, 07/10/1979, 25 Portobello Road, Wakefield WF1"),
        ("Father", "Dale Spurr, 15/01/1978, 25 Portobello Road, Wakefield WF1"), ("Police attendance required", "Yes")],
        [("Reason for conference", ["Courtney (14) has been picked up from school by men in their twenties, has been found with alcohol and cash, and has sent sexual images to an adult who contacted her online. Her CSE screening tool scored high risk on 18/12/2026 and she is considered at risk of child sexual exploitation.",
                                    "Her parents are supportive but have not been able to stop her going missing."])])
    pre = ["This meeting has been moved.", "Was: Thursday 14 January 2027 10:00-12:00", "Now: Friday 15 January 2027 13:30-15:30", "",
           "Initial Child Protection Conference - SPURR (CareDirector CD466310). The booking form is attached.",
           "Please send your report to the Conference Chair 3 working days before the conference."]
    msg = teams_email(c, district="wakefield", from_="Wakefield SRU Conferences <sru.conferences@wakefield.gov.uk>",
                      subject="ICPC - SPURR - Initial Child Protection Conference", recv=recv, start=dt.datetime(2027, 1, 15, 13, 30),
                      minutes=120, location="Microsoft Teams Meeting", pre=pre, post=["Safeguarding and Review Unit, Wakefield Council"],
                      meeting_id="348 611 204 977", passcode="w3NdE8", seq=1,
                      attachments=[("Booking form SPURR CD466310.docx", bf, DOCX)])
    lab = label(c, district="wakefield", kind="initial", date="2027-01-15", time="13:30", tick=True, harm=["sexual"],
                children=[("Courtney Spurr", "2012-12-12")], adults=["Tracey Spurr", "Dale Spurr"],
                criteria=["child_sexual_exploitation"], decision="attend", received=recv.date(), flags_required=["rescheduled"],
                tags=["teams-invite", "text-calendar", "teams-update", "docx-attachment", "district-wakefield", "initial", "tick-attend", "cse", "rescheduled"],
                notes="Teams update (SEQUENCE 1) moving the ICPC from 14/01 10:00 to 15/01 13:30 -> rescheduled; CSE considered risk (Wakefield item 5) -> attend")
    return c, msg, lab


def c03():
    c = Case("39-03", "calderdale-icpc-teams-cancellation")
    recv = dt.datetime(2027, 1, 11, 8, 45)
    pre = ["This conference has been cancelled.", "",
           "Initial Child Protection Conference - Ruby Shackleton (DOB 09/09/2017) - Wednesday 13 January 2027 10:00",
           "The family moved to Burnley on 08/01/2027. Lancashire Children's Services have been notified and will hold the conference. No report is required from Calderdale agencies.", "",
           "Graham Riley", "CP Admin Team | Calderdale MBC"]
    msg = teams_email(c, district="calderdale", from_="Graham Riley <graham.riley@calderdale.gov.uk>",
                      subject="Canceled: ICPC - SHACKLETON - 13/01/2027 10:00", recv=recv, start=dt.datetime(2027, 1, 13, 10, 0),
                      minutes=120, location="Microsoft Teams Meeting", pre=pre, post=[], meeting_id="392 004 118 365", passcode="Qe9Lm4",
                      method="CANCEL", seq=2)
    lab = label(c, district="calderdale", kind="initial", date="2027-01-13", time="10:00", tick=None, harm=[],
                children=[("Ruby Shackleton", "2017-09-09")], adults=[], criteria=[], decision="manual_review", received=recv.date(),
                deadlines=False, flags_required=["cancelled"], unscored=["missing_family_details", "missing_reason", "no_booking_form"],
                tags=["teams-invite", "text-calendar", "teams-cancel", "district-calderdale", "initial", "cancelled"],
                notes="Teams cancellation (METHOD:CANCEL, STATUS:CANCELLED): manual_review with cancelled")
    return c, msg, lab


def c04():
    c = Case("39-04", "kirklees-icpc-teams-hybrid-negotiated-fii")
    recv = dt.datetime(2027, 1, 20, 12, 0)
    pre = ["Hybrid conference - please join by Teams or attend in person at Huddersfield Civic Centre 1, Meeting Room 5.", "",
           "INITIAL CHILD PROTECTION CONFERENCE", "Date: 28/01/2027", "Time: 10:00", "LCS ref: ICPC/4471025/01", "Chair: Marianne Sykes", "",
           "Children: Hamza Mahmood (14/04/2019), Inaaya Mahmood (01/08/2022)",
           "Parents / carers: Sadia Mahmood (mother), Imran Mahmood (father), Zubeda Mahmood (paternal grandmother, lives with the family)",
           "Category requested: Physical abuse", "",
           "Reason: concerns of fabricated or induced illness. Hamza has had 31 hospital attendances in 2026 for symptoms that clinicians have not been able to observe; a paediatric consultant has raised concerns that his medication is being given when not prescribed.",
           "The chair has spoken to DI Andrew Kaye (Kirklees Safeguarding Unit) on 18/01/2027 and it is agreed that police will attend this conference given the complex medical evidence.",
           "Reports to the Safeguarding and Quality Assurance Unit three working days before the conference."]
    msg = teams_email(c, district="kirklees", from_="SQA Unit Admin <sqa.admin@kirklees.gov.uk>",
                      subject="ICPC (hybrid) - MAHMOOD - 28/01/2027 10:00", recv=recv, start=dt.datetime(2027, 1, 28, 10, 0), minutes=150,
                      location="Civic Centre 1, Meeting Room 5; Microsoft Teams Meeting", pre=pre, post=["Kirklees Council"],
                      meeting_id="317 550 862 041", passcode="Ty6Rb9", tzid="GMT Standard Time")
    lab = label(c, district="kirklees", kind="initial", date="2027-01-28", time="10:00", tick=None, harm=["physical"],
                children=[("Hamza Mahmood", "2019-04-14"), ("Inaaya Mahmood", "2022-08-01")],
                adults=["Sadia Mahmood", "Imran Mahmood", "Zubeda Mahmood"], criteria=["negotiated_attendance"], decision="attend",
                received=recv.date(), unscored=["no_booking_form"],
                tags=["teams-invite", "text-calendar", "gmt-standard-time", "hybrid", "district-kirklees", "initial", "tick-absent", "negotiated"],
                notes="Kirklees -> Wakefield rules (POLICY choice); chair and DI agreed police attend (item 8) -> attend; FII carries no criterion by itself")
    return c, msg, lab


def c05():
    c = Case("39-05", "leeds-rcpc-teams-negations-report-only")
    recv = dt.datetime(2027, 1, 14, 11, 0)
    pre = ["Review Child Protection Conference - PENNINGTON", "",
           "Friday 29 January 2027, 10:00 - 11:30, virtual (Teams)", "Chair: Dennis Okafor | Social worker: Sian Hartley | Mosaic ID: MOS5093318", "",
           "Child: Darcy Pennington, DOB 03/03/2020", "Mother: Amy Pennington, DOB 14/02/1998", "Father: Josh Carter, DOB 20/06/1997 (lives separately, weekend contact)",
           "Plan category: Neglect", "",
           "Summary of progress: Darcy now attends nursery 4 days a week and her weight is back on the 25th centile. Ms Pennington has kept all health appointments since October.",
           "Police protection was considered at the strategy meeting in September but was not used; Darcy stayed with her maternal grandmother by agreement. RSO checks on Ms Pennington's new partner were negative. No CSE concerns (Darcy is six).",
           "Police are not part of the core group.", "",
           "Police attendance: not required - written report sufficient",
           "Reports to the Integrated Safeguarding Unit 24 hours before the conference."]
    msg = teams_email(c, district="leeds", from_="Leeds ISU Conferences <isu.conferences@leeds.gov.uk>",
                      subject="RCPC - PENNINGTON - 29/01/2027 10:00", recv=recv, start=dt.datetime(2027, 1, 29, 10, 0), minutes=90,
                      location="Microsoft Teams Meeting", pre=pre, post=[], meeting_id="385 207 661 902", passcode="Jh2Vc5")
    lab = label(c, district="leeds", kind="review", date="2027-01-29", time="10:00", tick=False, harm=["neglect"],
                children=[("Darcy Pennington", "2020-03-03")], adults=["Amy Pennington", "Josh Carter"], criteria=[],
                decision="report_only", received=recv.date(), unscored=["no_booking_form"],
                tags=["teams-invite", "text-calendar", "body-booking", "district-leeds", "review", "tick-report",
                      "trap-pp-considered", "trap-rso-negative", "trap-no-cse"],
                notes="review, no criterion: police protection only considered, RSO checks negative, no CSE; written report sufficient -> report_only; 11 working days >= Leeds review minimum 10")
    return c, msg, lab


def c06():
    c = Case("39-06", "wakefield-core-group-teams-not-invitation")
    recv = dt.datetime(2026, 12, 9, 13, 0)
    pre = ["Core Group Meeting - WARD", "",
           "Core group meeting for Bella Ward (DOB 22/07/2016), child protection plan (category physical abuse) made at the Initial Child Protection Conference on 01/12/2026.",
           "You are invited as a core group member. Please bring an update on your actions in the child protection plan.",
           "Date: Tuesday 15 December 2026, 15:00 - 16:00 (Teams)", "Social worker: Ben Atkinson"]
    msg = teams_email(c, district="wakefield", from_="Ben Atkinson <ben.atkinson@wakefield.gov.uk>",
                      subject="Core Group - WARD - 15/12/2026", recv=recv, start=dt.datetime(2026, 12, 15, 15, 0), minutes=60,
                      location="Microsoft Teams Meeting", pre=pre, post=["Ben Atkinson", "Social Worker | Wakefield Council"],
                      meeting_id="329 870 551 264", passcode="Ab4Tz7")
    lab = label(c, district="wakefield", kind=None, date=None, time=None, tick=None, harm=["physical"],
                children=[("Bella Ward", "2016-07-22")], adults=[], criteria=[], decision="manual_review", received=recv.date(),
                deadlines=False, flags_required=["not_an_invitation"],
                unscored=["missing_family_details", "missing_reason", "no_booking_form", "missing_conference_date"],
                tags=["teams-invite", "text-calendar", "core-group-meeting", "district-wakefield", "not-an-invitation"],
                notes="a Teams invitation to a core group meeting, not to a conference: not_an_invitation -> manual_review")
    return c, msg, lab


def c07():
    c = Case("39-07", "wakefield-icpc-teams-cjsm-escalation-late")
    recv = dt.datetime(2027, 1, 7, 15, 30)
    pre = ["OFFICIAL-SENSITIVE", "Initial Child Protection Conference - CAWTHORNE", "Monday 11 January 2027, 13:00 - 15:00, Teams", "",
           "Apologies for the short notice: the conference has to be held within 15 working days of the strategy discussion.", "",
           "Children: Oliver Cawthorne (02/02/2013), Grace Cawthorne (16/06/2016)",
           "Parents: Rachel Cawthorne (mother), Steven Cawthorne (father)", "Category requested: Sexual abuse", "",
           "Reason: in 2024 West Yorkshire Police investigated an allegation that Mr Cawthorne had sexually abused Grace; the investigation was closed with no further action. In December Grace made a further disclosure to her teacher, and Mr Cawthorne has moved back into the family home in breach of the safety plan. The risk to both children is escalating.",
           "The new disclosure was shared at the strategy discussion on 21/12/2026.", "",
           "West Yorkshire Police: Police attendance required", "Reports to the Conference Chair 3 working days before the conference."]
    msg = teams_email(c, district="wakefield", from_="Wakefield SRU <sru.conferences@wakefield.gov.uk.cjsm.net>",
                      subject="OFFICIAL-SENSITIVE: ICPC - CAWTHORNE - 11/01/2027", recv=recv, start=dt.datetime(2027, 1, 11, 13, 0), minutes=120,
                      location="Microsoft Teams Meeting", pre=pre, post=[], meeting_id="360 117 492 803", passcode="Mn8Fs1",
                      sender_domain="wakefield.gov.uk.cjsm.net")
    lab = label(c, district="wakefield", kind="initial", date="2027-01-11", time="13:00", tick=True, harm=["sexual"],
                children=[("Oliver Cawthorne", "2013-02-02"), ("Grace Cawthorne", "2016-06-16")],
                adults=["Rachel Cawthorne", "Steven Cawthorne"], criteria=["previous_investigation_escalation", "prior_unit_involvement"],
                decision="attend", received=recv.date(), unscored=["no_booking_form"],
                tags=["teams-invite", "text-calendar", "cjsm", "district-wakefield", "initial", "tick-attend", "escalation",
                      "late-notice", "deadline-passed"],
                notes="2024 police investigation (NFA) plus clear escalation (new disclosure, father back in breach of the safety plan): Wakefield item 2 -> attend; 2 working days' notice, report was due 06/01")
    return c, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
