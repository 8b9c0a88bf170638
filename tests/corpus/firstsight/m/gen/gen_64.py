"""Layout 64: Microsoft Teams / hybrid conference invitations in HTML: the Teams join block (meeting ID,
passcode, dial-in numbers) sits in the middle, conference details above it and the reason below it,
a venue for those attending in person; some are forwarded Outlook appointments
('-----Original Appointment----- ... When: ... Where: ...'), one is an update, one a cancellation."""
import datetime as dt
from common import *


def teams_block(seed, style="new", org="council"):
    r = rnd(seed)
    mid = "%d %d %d %d" % (r.randint(100, 999), r.randint(100, 999), r.randint(100, 999), r.randint(100, 999))
    pc = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8))
    conf = "%d %d %d" % (r.randint(100, 999), r.randint(100, 999), r.randint(100, 999))
    confd = conf.replace(" ", "")
    url = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d" % (
        hashlib.md5(seed.encode()).hexdigest(), hashlib.sha1(seed.encode()).hexdigest()[:32])
    line = "_" * 80
    if style == "new":
        t = [line, "Microsoft Teams", "Need help?", "Join the meeting now", "Meeting ID: " + mid, "Passcode: " + pc,
             "________________________________", "Dial in by phone", "+44 20 3855 4748,,%s# United Kingdom, London" % confd,
             "Find a local number", "Phone conference ID: %s#" % conf, "For organisers: Meeting options | Reset dial-in PIN",
             "Join on a video conferencing device", "Tenant key: teams@vc.%s" % org, "Video ID: %d %d %d %d" % (r.randint(100, 999), r.randint(100, 999), r.randint(100, 999), r.randint(1, 9)),
             "More info"]
        html = ('<div style="width:100%%"><div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">%s</div>'
                '<div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700;margin-right:12px">Microsoft Teams</span>'
                '<a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB">Need help?</a></div>'
                '<div style="margin-bottom:6px"><a href="%s" style="font-size:20px;font-weight:700">Join the meeting now</a></div>'
                '<div style="margin-bottom:6px"><span style="color:#616161">Meeting ID: </span><span>%s</span></div>'
                '<div style="margin-bottom:24px"><span style="color:#616161">Passcode: </span><span>%s</span></div>'
                '<div style="margin-bottom:24px;max-width:532px">________________________________</div>'
                '<div><div style="font-size:14px;font-weight:700;margin-bottom:4px">Dial in by phone</div>'
                '<div><a href="tel:+442038554748,,%s#">+44 20 3855 4748,,%s#</a> <span>United Kingdom, London</span></div>'
                '<div><a href="https://dialin.teams.microsoft.com/%s?id=%s">Find a local number</a></div></div>'
                '<div style="margin-bottom:24px"><span style="color:#616161">Phone conference ID: </span><span>%s#</span></div>'
                '<div><span style="color:#616161">For organisers: </span><a href="https://teams.microsoft.com/meetingOptions/">Meeting options</a> | '
                '<a href="https://dialin.teams.microsoft.com/usp/pstnconferencing">Reset dial-in PIN</a></div>'
                '<div style="margin-top:12px"><div style="font-weight:700">Join on a video conferencing device</div><div>Tenant key: teams@vc.%s</div>'
                '<div>Video ID: %s</div><div><a href="https://www.pexip.com/">More info</a></div></div>'
                '<div style="margin-top:24px;overflow:hidden;white-space:nowrap">%s</div></div>'
                % (line, url, mid, pc, confd, confd, hashlib.md5(seed.encode()).hexdigest()[:12], confd, conf, org, t[14][10:], line))
        t = [x for x in t]
        t += ["Meeting ID:", mid, "Passcode:", pc, "Phone conference ID:", conf + "#", "United Kingdom, London", "+44 20 3855 4748,,%s#" % confd]
    else:
        t = [line, "Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
             "Meeting ID: " + mid, "Passcode: " + pc, "Download Teams | Join on the web", "Or call in (audio only)",
             "+44 20 3855 4748,,%s# United Kingdom, London" % confd, "Phone Conference ID: %s#" % conf,
             "Find a local number | Reset PIN", "Learn More | Meeting options"]
        html = ('<div><p class=MsoNormal>%s</p><p class=MsoNormal><span style="font-size:18.0pt;color:#252424">Microsoft Teams meeting</span></p>'
                '<p class=MsoNormal><b><span style="color:#252424">Join on your computer, mobile app or room device</span></b></p>'
                '<p class=MsoNormal><a href="%s"><span style="font-size:10.5pt;color:#6264A7">Click here to join the meeting</span></a></p>'
                '<p class=MsoNormal><span style="color:#252424">Meeting ID: %s</span><br><span style="color:#252424">Passcode: %s</span></p>'
                '<p class=MsoNormal><a href="https://www.microsoft.com/en-us/microsoft-teams/download-app">Download Teams</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join on the web</a></p>'
                '<p class=MsoNormal><b>Or call in (audio only)</b></p>'
                '<p class=MsoNormal><a href="tel:+442038554748,,%s#">+44 20 3855 4748,,%s#</a> United Kingdom, London</p>'
                '<p class=MsoNormal>Phone Conference ID: %s#</p>'
                '<p class=MsoNormal><a href="https://dialin.teams.microsoft.com/">Find a local number</a> | <a href="https://dialin.teams.microsoft.com/usp/pstnconferencing">Reset PIN</a></p>'
                '<p class=MsoNormal><a href="https://aka.ms/JoinTeamsMeeting">Learn More</a> | <a href="https://teams.microsoft.com/meetingOptions/">Meeting options</a></p>'
                '<p class=MsoNormal>%s</p></div>' % (line, url, mid, pc, confd, confd, conf, line))
    return html, t


def when_line(d, start, end):
    return "%s, %d %s %d %s-%s (UTC+00:00) Dublin, Edinburgh, Lisbon, London." % (d.strftime("%A"), d.day, d.strftime("%B"), d.year, start, end)


def build(c):
    pre, texts_pre = html_blocks(c["before"])
    tb, tt = teams_block(c["name"], c.get("teams_style", "new"), c["org_short"])
    post, texts_post = html_blocks(c["after"])
    # splice: take the inner content of both bodies
    def inner(h):
        return h.split('<div class=WordSection1>', 1)[1].rsplit('</div></body>', 1)[0]
    html = pre.replace(inner(pre), inner(pre) + tb + inner(post))
    texts = texts_pre + tt + texts_post
    plain = c.get("plain")
    return html, texts


def appt_block(frm, sent, to, subject, when, where):
    lines = ["-----Original Appointment-----", "From: " + frm, "Sent: " + sent, "To: " + to, "Subject: " + subject,
             "When: " + when, "Where: " + where]
    html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal>'
            '<b>-----Original Appointment-----</b><br><b>From:</b> %s <br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s<br>'
            '<b>When:</b> %s<br><b>Where:</b> %s</p></div>' % tuple(hesc(x, quote=False) for x in (frm, sent, to, subject, when, where)))
    return ("raw", (html, lines + [l.split(": ", 1)[1] for l in lines[1:]]))


CASES = []

# 64-01 ------------------------------------------------------------------
d = D("2026-12-14")
CASES.append(dict(
    name="m-64-01-wakefield-icpc-teams-hybrid-police-protection-late", district="wakefield", kind="initial", pre_birth=False,
    date="2026-12-14", time="13:00", received=T("2026-12-10T17:20:00"), sent=T("2026-12-10T17:14:26"), org_short="wakefield.gov.uk",
    subject="Invitation: Initial Child Protection Conference - McDONAGH - Mon 14/12/2026 1pm (hybrid)",
    from_=("Safeguarding and Review Unit", "sru.conferences@wakefield.gov.uk"),
    before=[("p", "Dear Colleague"),
            ("p", "You are invited to an Initial Child Protection Conference for the children named below. The conference will be held as a hybrid meeting: the family will attend in person at Wakefield One, Burton Street, WF1 2EB (Room 2.41) and professionals may join in person or on Microsoft Teams using the link below."),
            ("table", [["Date", "Monday 14 December 2026"], ["Time", "1.00pm - 3.00pm"], ["In person", "Wakefield One, Room 2.41"],
                       ["Chair", "Gillian Mortimer"], ["Social worker", "Francesca Lowe"], ["CareDirector", "CD498832"]]),
            ("p", "Children: Johnny McDonagh (DOB 22/04/2020), Kathleen McDonagh (DOB 15/01/2023), Patrick McDonagh (DOB 03/03/2026)\nMother: Bridget McDonagh\nFather: Martin Ward (not living in the household)")],
    after=[("h", "Reason for conference"),
           ("p", "Late on 5 December police were called by a neighbour who could hear children crying in the house next door. Officers forced entry and found the three children on their own. Patrick, who is nine months old, was cold to the touch and was taken to Pinderfields by ambulance. Officers used their police protection powers (section 46 Children Act 1989) and the children were placed with a maternal aunt once Patrick was discharged."),
           ("p", "Ms McDonagh was found at a party two streets away. She was arrested on suspicion of child neglect and has been released on bail while the police investigation continues. DC Aisha Nawaz (Wakefield CPPU) is the officer in the case. The children remain with their aunt under a safety plan."),
           ("p", "Apologies for the short notice - the conference had to be arranged within the timescales following the strategy discussion on 7 December."),
           ("p", "Please send reports to sru.conferences@wakefield.gov.uk.\n\nSafeguarding and Review Unit\nWakefield Council")],
    harm=None, children=[("Johnny McDonagh", "2020-04-22"), ("Kathleen McDonagh", "2023-01-15"), ("Patrick McDonagh", "2026-03-03")],
    adults=["Bridget McDonagh", "Martin Ward"], criteria=["police_protection", "wilful_neglect_investigation"], decision="attend",
    tags=["teams-html", "teams-new-block", "hybrid", "police-protection", "wilful-neglect", "late-notice", "deadline-passed"],
    notes="children taken into police protection and mother on bail for child neglect -> attend; 2 working days' notice and the 3-day report deadline already passed"))

# 64-02 ------------------------------------------------------------------
CASES.append(dict(
    name="m-64-02-calderdale-rcpc-teams-updated-rescheduled", district="calderdale", kind="review", pre_birth=False,
    date="2027-01-13", time="13:30", received=T("2026-12-23T10:02:00"), sent=T("2026-12-23T09:58:40"), org_short="calderdale.gov.uk",
    subject="Updated: Review Child Protection Conference - KOVALENKO - now Wed 13 January 2027 13:30",
    from_=("Calderdale CP Conferences", "cp.conferences@calderdale.gov.uk"), teams_style="old",
    before=[("p", "Good morning,"),
            ("p", "Please note the change of date. The review conference for Maksym and Sofiia Kovalenko has been MOVED from Wednesday 6 January 2027 to Wednesday 13 January 2027 at 1.30pm because the chair is unavailable. The Teams link is unchanged. Those attending in person: Northgate House, Halifax, Meeting Room 3."),
            appt_block("Calderdale CP Conferences", "23 December 2026 09:58", "Olena Kovalenko; Calderdale CPPU; Holy Trinity Primary DSL; 0-19 Service",
                       "Review Child Protection Conference - KOVALENKO", when_line(D("2027-01-13"), "13:30", "15:00"),
                       "Microsoft Teams Meeting; Northgate House Meeting Room 3"),
            ("table", [["Children", "Maksym Kovalenko (11) DOB 19/09/2015\nSofiia Kovalenko (8) DOB 07/06/2018"],
                       ["Parent/carer", "Olena Kovalenko (mother)"], ["Other significant adult", "Serhii Kovalenko (father) - lives in Ukraine, phone contact"],
                       ["Chair", "Yvette Marsden"], ["Social worker", "Ioana Dragomir"], ["LCS", "LCS1021567"]])],
    after=[("h", "Purpose of the conference"),
           ("p", "First review of the child protection plans (emotional abuse) made in October 2026. The concerns were Ms Kovalenko's low mood and drinking, which left the children caring for themselves, and Maksym's school refusal."),
           ("p", "Ms Kovalenko is now working with the Calderdale Recovery Steps service and the children are attending school. Police have had no involvement with the family since the initial conference and there are no police actions in the plan."),
           ("p", "Kind regards\nChild Protection Conference Team\nCalderdale Council")],
    harm=["emotional"], children=[("Maksym Kovalenko", "2015-09-19"), ("Sofiia Kovalenko", "2018-06-07")],
    adults=["Olena Kovalenko", "Serhii Kovalenko"], criteria=[], decision="report_only", flags=["rescheduled"],
    tags=["teams-html", "teams-old-block", "original-appointment-forward", "rescheduled", "review", "no-police"],
    notes="review moved from 6 to 13 January (new date is the label date); no police involvement or core-group role -> report_only"))

# 64-03 ------------------------------------------------------------------
CASES.append(dict(
    name="m-64-03-calderdale-icpc-teams-appointment-dvpo-pp", district="calderdale", kind="initial", pre_birth=False,
    date="2027-01-08", time="10:00", received=T("2026-12-29T11:00:00"), sent=T("2026-12-29T10:53:31"), org_short="calderdale.gov.uk",
    subject="FW: ICPC - RASHID children",
    from_=("Imogen Fairbank", "imogen.fairbank@calderdale.gov.uk"),
    before=[("p", "Hi CPPU,\n\nForwarding the conference invite below - I don't think you were on the original list. Booking details and the reason are in the invite.\n\nImogen Fairbank\nBusiness Support, Safeguarding and Quality Assurance\nCalderdale Council"),
            appt_block("Chris Brearley <chris.brearley@calderdale.gov.uk>", "29 December 2026 09:12", "Nadia Rashid; Brighouse High School DSL; Calderdale 0-19 Team; IDVA Service",
                       "ICPC - RASHID children", when_line(D("2027-01-08"), "10:00", "12:00"),
                       "Microsoft Teams Meeting / Calderdale Customer First, Horton Street, Halifax - Room 4"),
            ("p", "Initial Child Protection Conference\nChildren: Aisha Rashid (DOB 30/06/2017), Yusuf Rashid (DOB 12/02/2020), Maryam Rashid (DOB 18/11/2024)\nMother: Nadia Rashid\nFather: Zeeshan Rashid (currently prohibited from the home)\nChair: Chris Brearley\nSocial worker: Helena Ostrowska\nLCS ref: LCS1050394")],
    after=[("h", "Reason for the conference"),
           ("p", "On Christmas Eve police were called to the family home. Mr Rashid, who had been drinking, had pinned Ms Rashid against the wall by her throat in front of Aisha and Yusuf. Ms Rashid was taken to hospital. As there was no other adult available that night, officers took the three children into police protection and they stayed with foster carers until their maternal aunt collected them on Christmas Day."),
           ("p", "Ms Rashid did not support a prosecution and the police have taken no further action on the assault. However police served a DVPN and a Domestic Violence Protection Order was granted by the magistrates on 27 December for 28 days. The DA officer from the Calderdale Safeguarding Unit is in contact with Ms Rashid, an IDVA has been allocated and the case is listed for MARAC on 7 January. There has been no previous police involvement with the family."),
           ("p", "The children are back with their mother.")],
    harm=None, children=[("Aisha Rashid", "2017-06-30"), ("Yusuf Rashid", "2020-02-12"), ("Maryam Rashid", "2024-11-18")],
    adults=["Nadia Rashid", "Zeeshan Rashid"], criteria=["police_protection", "domestic_abuse_current_involvement"], decision="discuss",
    tags=["teams-html", "original-appointment-forward", "police-protection", "dvpo", "marac", "assault-nfa", "calderdale-discuss"],
    notes="police protection and DA with current involvement (DVPO, DA officer, MARAC) are not in Calderdale's attend considerations -> discuss; the assault was NFA so no current investigation"))

# 64-04 ------------------------------------------------------------------
CASES.append(dict(
    name="m-64-04-kirklees-transfer-teams-cse-abe-lancashire", district="kirklees", kind="transfer_in", pre_birth=False,
    date="2027-01-14", time="10:30", received=T("2027-01-04T09:33:00"), sent=T("2027-01-04T09:27:18"), org_short="kirklees.gov.uk",
    subject="Transfer In Conference - PILLING - Thursday 14th January 2027 10.30 (Teams / Civic Centre)",
    from_=("Kirklees Child Protection and Review Unit", "cpru@kirklees.gov.uk"),
    before=[("p", "Dear all"),
            ("p", "A Transfer In Child Protection Conference has been arranged for Jade Pilling on Thursday 14th January 2027 at 10.30am. You can attend in person at Huddersfield Civic Centre 1 (Meeting Room 3) or join using the Teams details below."),
            ("table", [["Child", "Jade Pilling, DOB 27/05/2012, Year 10 at Colne Valley High"], ["Mother", "Samantha Pilling"],
                       ["Stepfather", "Anthony Crossley - not in the household, see below"], ["Transferring authority", "Lancashire County Council (Burnley)"],
                       ["Chair", "Josephine Addo"], ["Social worker", "Imran Shafiq"]])],
    after=[("h", "Background"),
           ("p", "Jade has been on a child protection plan in Lancashire since September (category sexual abuse). She was found on two occasions in hotels in Blackburn with adult men who had given her alcohol and cannabis, and Lancashire's exploitation team assessed her as at high risk of child sexual exploitation. That risk remains: since moving to Huddersfield she has been contacted by the same group on Instagram."),
           ("p", "In November Jade disclosed that her stepfather, Mr Crossley, had sexually assaulted her at home. She was ABE interviewed by Lancashire Constabulary on 20 November; Mr Crossley has been arrested and is on pre-charge bail not to contact Jade, and the investigation is ongoing. Ms Pilling and Jade moved to Huddersfield to be near family on 8 December."),
           ("p", "Regards\nChild Protection and Review Unit\nKirklees Council")],
    harm=["sexual"], children=[("Jade Pilling", "2012-05-27")], adults=["Samantha Pilling", "Anthony Crossley"],
    criteria=["child_sexual_exploitation", "current_investigation"], decision="attend",
    tags=["teams-html", "teams-new-block", "hybrid", "transfer-in", "cse", "abe", "out-of-force-investigation"],
    notes="transfer-in (counts as initial): CSE a current risk and a live investigation of sexual abuse by the stepfather (Lancashire, bail) -> attend under the Wakefield rules used for Kirklees"))

# 64-05 ------------------------------------------------------------------
CASES.append(dict(
    name="m-64-05-bradford-icpc-teams-cancelled", district="bradford", kind="initial", pre_birth=False,
    date="2027-01-13", time="14:00", received=T("2027-01-08T12:47:00"), sent=T("2027-01-08T12:45:02"), org_short="bradford.gov.uk",
    subject="Cancelled: ICPC - MISTRY - Wednesday 13 January 2027 14:00",
    from_=("Conference Service", "conference.service@bradford.gov.uk"),
    before=[("p", "Dear colleagues,"),
            ("p", "Please note that the Initial Child Protection Conference for Rahul Mistry (DOB 09/09/2021) arranged for Wednesday 13 January 2027 at 2pm is CANCELLED. The section 47 enquiry has concluded that the threshold for an initial conference is not met and the family will be supported under a child in need plan. Please do not send a report."),
            ("p", "The original invitation is below for reference; the Teams meeting has been removed from your calendar."),
            appt_block("Conference Service", "4 January 2027 15:20", "Priya Mistry; Vikram Mistry; Bradford CPPU - Case Conferences; Lilycroft Nursery",
                       "ICPC - MISTRY", when_line(D("2027-01-13"), "14:00", "15:30"), "Microsoft Teams Meeting; Sir Henry Mitchell House Room 1")],
    after=[("p", "Child: Rahul Mistry. Parents: Priya Mistry and Vikram Mistry. Reason: unexplained bruise to Rahul's ear noticed at nursery on 18 December; strategy discussion held with police on 21 December; child protection medical found the injury consistent with a fall from a scooter."),
           ("p", "Conference Service\nBradford Children and Families Trust")],
    harm=None, children=[("Rahul Mistry", "2021-09-09")], adults=["Priya Mistry", "Vikram Mistry"], criteria=[],
    decision="manual_review", flags=["cancelled"], no_deadlines=True, tick=None,
    tags=["teams-html", "original-appointment-forward", "cancelled"],
    notes="the email cancels the conference -> manual_review with cancelled (date and kind still readable)"))

# 64-06 ------------------------------------------------------------------
CASES.append(dict(
    name="m-64-06-wakefield-rcpc-teams-appointment-core-group-neglect-investigation", district="wakefield", kind="review", pre_birth=False,
    date="2027-02-09", time="10:00", received=T("2027-01-14T14:26:00"), sent=T("2027-01-14T14:20:45"), org_short="wakefield.gov.uk",
    subject="FW: Review CPC - TESFAY children - 09/02/2027",
    from_=("Stacey Womersley", "stacey.womersley@wakefield.gov.uk"), teams_style="old",
    before=[("p", "Please see the invitation below for the review conference. DC Lowe has already accepted but the chair asked me to send it to the CPPU mailbox too so it can be recorded.\n\nStacey Womersley\nPA to the Conference Chairs\nSafeguarding and Review Unit, Wakefield Council"),
            appt_block("Amrit Chahal", "12 January 2027 11:05", "Senait Tesfay; Dawit Haile; DC Gemma Lowe; Kettlethorpe High School; Wakefield 0-19",
                       "Review CPC - TESFAY children - 09/02/2027", when_line(D("2027-02-09"), "10:00", "12:00"),
                       "Microsoft Teams Meeting; Wakefield One Room 1.11 (Tigrinya interpreter in the room)"),
            ("p", "Review Child Protection Conference\nYonas Tesfay - 14/08/2014\nSelam Tesfay - 02/05/2019\nRuth Tesfay - 26/10/2022\nMother: Senait Tesfay\nFather: Dawit Haile (living separately under the plan)\nChair: Amrit Chahal   Social worker: Thomas Agyeman   CareDirector: CD476650")],
    after=[("h", "Reason for the review"),
           ("p", "The children were made subject to plans (neglect) in October 2026 after Yonas was found to have untreated scalds to his legs and the younger children were found locked in a bedroom. Police are continuing a wilful neglect investigation against Mr Haile, who has been interviewed under caution and remains under investigation."),
           ("p", "DC Gemma Lowe (Wakefield CPPU) is a member of the core group, has attended all three core group meetings and has two actions on the plan: to update the core group on the investigation and to carry out joint visits with the social worker.")],
    harm=["neglect"], children=[("Yonas Tesfay", "2014-08-14"), ("Selam Tesfay", "2019-05-02"), ("Ruth Tesfay", "2022-10-26")],
    adults=["Senait Tesfay", "Dawit Haile"], criteria=["core_group_member", "wilful_neglect_investigation"], decision="attend",
    tags=["teams-html", "teams-old-block", "original-appointment-forward", "review", "core-group", "wilful-neglect", "rui"],
    notes="review: police officer is in the core group with actions on the plan -> attend; wilful neglect investigation still open"))

# 64-07 ------------------------------------------------------------------
CASES.append(dict(
    name="m-64-07-leeds-prebirth-teams-historic-register-ended", district="leeds", kind="initial", pre_birth=True,
    date="2027-02-02", time="14:00", received=T("2027-01-25T13:08:00"), sent=T("2027-01-25T13:01:57"), org_short="leeds.gov.uk",
    subject="Pre-birth ICPC - Unborn MENSAH - Tuesday 2 February 2027 2pm - Teams",
    from_=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    before=[("p", "Dear colleague,"),
            ("p", "You are invited to a pre-birth Initial Child Protection Conference, held on Microsoft Teams. The parents will join from the Compass Children's Centre with their advocate."),
            ("table", [["Unborn baby", "Baby Mensah, EDD 21/04/2027"], ["Mother", "Chantelle Mensah, DOB 04/02/2008 (care leaver)"],
                       ["Father of the unborn baby", "Kwame Asante, DOB 17/06/1989"], ["Date and time", "Tuesday 2 February 2027, 2.00pm"],
                       ["Chair", "Lindsey Ormerod"], ["Social worker", "Rebecca Farrar"], ["Mosaic", "MOS335512"]])],
    after=[("h", "Why is this conference being held?"),
           ("p", "Chantelle is 18 and left care last year. She has a history of self-harm and was herself on a child protection plan as a child. Mr Asante is 19 years older than her and they met when she was 16, which the leaving care team raised as a concern at the time."),
           ("p", "Mr Asante was convicted in 2008 of sexual activity with a 15-year-old girl. His notification requirements ended in 2015 and he is no longer on the sex offenders register; there has been no further offending and probation closed his case in 2011. The pre-birth assessment is looking at his understanding of that offence and at Chantelle's ability to protect the baby."),
           ("p", "Reports to the Integrated Safeguarding Unit please, 24 hours before the conference.\n\nIntegrated Safeguarding Unit\nLeeds City Council")],
    harm=None, children=[("Baby Mensah", None)], adults=["Chantelle Mensah", "Kwame Asante"],
    criteria=["prior_unit_involvement"], decision="report_only",
    tags=["teams-html", "teams-new-block", "pre-birth", "rso-historic-not-current", "leeds-no-prior-item"],
    notes="father's notification ended in 2015 (historical, not RSO); prior involvement is not a Leeds criterion; no tick box -> report_only"))


def main():
    for c in CASES:
        html, texts = build(c)
        plain_note = None
        plain = html_to_text(html)
        texts = texts + [plain]
        body = multipart("alternative", [text_part(plain), text_part(html, "html")], c["name"])
        eml = assemble(c["district"], c["received"], c["sent"], c["from_"][0], c["from_"][1], c["subject"], body, c["name"])
        lab = dict(district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"], time=c["time"],
                   police_attendance_requested=None, harm_categories=c["harm"],
                   children=[{"name": n, "date_of_birth": dob} for n, dob in c["children"]], adults=c["adults"],
                   criteria=c["criteria"], decision=c["decision"], source_texts=[c["subject"]] + texts,
                   tags=c["tags"] + ["district-" + c["district"], "tick-absent"], notes=c["notes"], _received=c["received"],
                   _flags=c.get("flags", []), _booking_form=False)
        if c.get("no_deadlines"):
            lab["_no_deadlines"] = True
        write_case(c["name"], eml, lab)
        print("wrote", c["name"])


if __name__ == "__main__":
    main()
