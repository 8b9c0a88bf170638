"""Layout 43: long Outlook threads in which the conference is arranged and re-arranged.

The newest message is on top; earlier messages are quoted below Outlook's separator and
'From: / Sent: / To: / Subject:' blocks. The newest message decides (date, time, venue, police
request); some threads end with a message that only chases the report."""
import html as htmlmod
from common import *

SEP = "________________________________"


def thread_text(msgs):
    """msgs: newest first; each dict(frm, sent, to, subject, body). The first one is the new text."""
    parts = [msgs[0]["body"].rstrip() + "\n"]
    for m in msgs[1:]:
        parts.append("\n%s\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n" % (
            SEP, m["frm"], m["sent"], m["to"], m["subject"], m["body"].rstrip()))
    return "".join(parts)


def thread_html(msgs):
    def para(t):
        return "".join("<p class=MsoNormal>%s</p>\n" % (htmlmod.escape(x) if x else "&nbsp;")
                       for x in t.rstrip().split("\n"))
    out = ['<html><head><meta charset="utf-8"></head><body lang=EN-GB><div class=WordSection1>', para(msgs[0]["body"])]
    for m in msgs[1:]:
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                   '<p class=MsoNormal><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</p></div>\n'
                   % tuple(htmlmod.escape(m[k]) for k in ("frm", "sent", "to", "subject")))
        out.append(para(m["body"]))
    out.append("</div></body></html>")
    return "".join(out)


CASES = []
WPOL = "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>"

# ------------------------------------------------------------ 43-01 Wakefield: moved twice, venue, time corrected
_orig = ("Good afternoon\n\nAn Initial Child Protection Conference has been booked as follows:\n\n"
         "Child: Mia Gledhill, DOB 07/07/2019\nMother: Stacey Gledhill, DOB 14/02/1995\n"
         "Mother's partner: Nathan Oates, DOB 30/09/1993\n"
         "Date: Thursday 14 January 2027\nTime: 10:00\nVenue: Wakefield One, Room 2.11\n"
         "Chair: Simon Outhwaite\nCategory: Physical abuse\n\n"
         "Reason: Mia (7) was taken to Pinderfields on 09/12/2026 with a fractured wrist which the hospital "
         "considers non-accidental. Mr Oates was arrested on 10/12/2026, interviewed and released on police bail "
         "with a condition not to reside at the family home. The joint section 47 investigation with West Yorkshire "
         "Police is continuing (OIC DC Firth, CPPU).\n\n"
         "Police attendance required: Yes\nWritten report sufficient: No\n\n"
         "Reports to the Chair 3 working days before, please.\n\nJanet Moxon\nSafeguarding and Review Unit\nWakefield Council")
CASES.append(dict(
    name="i-43-01-wakefield-icpc-thread-moved-twice-time-corrected",
    district="wakefield", kind="initial", date="2027-01-21", time="10:30", tick=True,
    harm=["physical"], received=T("2027-01-13 11:05"),
    children=[("Mia Gledhill", "2019-07-07")], adults=["Stacey Gledhill", "Nathan Oates"],
    criteria=["current_investigation"], decision="attend", flags_required=["rescheduled"],
    flags_unsure=["possible_duplicate"],
    tags=["outlook-thread", "plain-text", "district-wakefield", "initial", "tick-attend",
          "rescheduled-twice", "venue-change", "time-correction", "bail"],
    notes="newest message decides: Thu 21 Jan 2027 at 10:30 (corrected from 10:00), Castleford Civic Centre; current joint investigation with the partner on police bail -> attend",
    sender=("Janet Moxon", "janet.moxon@wakefield.gov.uk"),
    subject="RE: RE: OFFICIAL-SENSITIVE - ICPC - GLEDHILL - new date",
    fmt="text",
    msgs=[
        dict(body="Hi all\n\nCorrection to my email below - the conference on Thursday 21 January starts at 10:30, "
                  "not 10:00. Everything else as below. Apologies.\n\nJanet\nSafeguarding and Review Unit\nWakefield Council"),
        dict(frm="Janet Moxon", sent="11 January 2027 16:02", to=WPOL + "; Helen Cairns; Pinderfields Safeguarding Team",
             subject="RE: OFFICIAL-SENSITIVE - ICPC - GLEDHILL - new date",
             body="Hi all\n\nI'm afraid we have had to move this again. The conference for Mia Gledhill will now be on "
                  "Thursday 21 January 2027 at 10:00 at Castleford Civic Centre, Ferrybridge Road, WF10 4JH "
                  "(not Wakefield One). The booking otherwise stands.\n\nJanet"),
        dict(frm="Janet Moxon", sent="04 January 2027 09:41", to=WPOL + "; Helen Cairns",
             subject="OFFICIAL-SENSITIVE - ICPC - GLEDHILL - new date",
             body="Happy New Year all\n\nThe Chair is no longer available on 14 January. The ICPC for Mia Gledhill is "
                  "moved to Tuesday 19 January 2027 at 14:00, Wakefield One.\n\nJanet"),
        dict(frm="Janet Moxon", sent="17 December 2026 13:15", to=WPOL,
             subject="OFFICIAL-SENSITIVE - ICPC - GLEDHILL", body=_orig),
    ],
))

# ------------------------------------------------------------ 43-02 Leeds: attendance then report enough
_orig = ("Hello\n\nREQUEST FOR INITIAL CHILD PROTECTION CONFERENCE\n\n"
         "Child: Jacob Holroyd (DOB 21/01/2022)\nParents: Amy Holroyd (mother), Kieran Shaw (father)\n"
         "Date: Wednesday 16 December 2026 at 10:00\nVenue: Merrion House, Room 4C\nChair: Graham Oduya\n"
         "Category: Neglect\n\nReason: Jacob's home is dirty and cold, he has lost weight and he has not been brought to "
         "four health appointments. No police involvement with this family is recorded; the strategy discussion "
         "with police on 27/11/2026 agreed a single-agency section 47.\n\n"
         "Police: the Chair would like police to attend.\n\n"
         "Integrated Safeguarding Unit\nLeeds City Council")
CASES.append(dict(
    name="i-43-02-leeds-icpc-thread-attendance-withdrawn-report-enough",
    district="leeds", kind="initial", date="2026-12-16", time="10:00", tick=False,
    harm=["neglect"], received=T("2026-12-07 09:15"),
    children=[("Jacob Holroyd", "2022-01-21")], adults=["Amy Holroyd", "Kieran Shaw"],
    criteria=[], decision="report_only", flags_unsure=["possible_duplicate", "tickbox_ambiguous"],
    tags=["outlook-thread", "html-body", "district-leeds", "initial", "attendance-withdrawn",
          "category-neglect", "strategy-discussion-trap"],
    notes="first message asked police to attend; the newest says the Chair is content with a written report -> request = false; neglect category and a strategy discussion are not criteria -> report_only",
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="RE: ICPC HOLROYD 16/12/2026 - police attendance",
    fmt="html",
    msgs=[
        dict(body="Good morning\n\nFurther to the request below: the Chair has now read the strategy discussion notes and "
                  "a written report will be sufficient - police attendance is not required. The other arrangements are "
                  "unchanged (Wednesday 16 December, 10:00, Merrion House).\n\nThanks\nIntegrated Safeguarding Unit"),
        dict(frm="Integrated Safeguarding Unit", sent="01 December 2026 11:20",
             to="CPPU Weetwood - Conference Invites", subject="ICPC HOLROYD 16/12/2026", body=_orig),
    ],
))

# ------------------------------------------------------------ 43-03 Leeds: report only, then agreed with DI to attend
_orig = ("Dear colleagues\n\nInitial Child Protection Conference\n\n"
         "Children: Finley Brook (09/09/2012), Isla Brook (04/04/2015)\n"
         "Parents: Rachel Brook (mother), Gareth Brook (father)\n"
         "Date: Thursday 7 January 2027, 13:00\nVenue: Merrion House, Room 5A\nChair: Ruth Ackroyd\n"
         "Category: Emotional abuse\n\nReason: Finley and Isla are exposed to constant parental conflict and Mr Brook's "
         "alcohol misuse; Finley has self-harmed twice this term.\n\n"
         "West Yorkshire Police: [ ] attendance required  [X] written report sufficient\n\n"
         "Integrated Safeguarding Unit")
CASES.append(dict(
    name="i-43-03-leeds-icpc-thread-chair-di-agree-attendance",
    district="leeds", kind="initial", date="2027-01-07", time="13:00", tick=True,
    harm=["emotional"], received=T("2026-12-17 12:30"),
    children=[("Finley Brook", "2012-09-09"), ("Isla Brook", "2015-04-04")],
    adults=["Rachel Brook", "Gareth Brook"],
    criteria=["negotiated_attendance"], decision="attend", flags_unsure=["possible_duplicate", "tickbox_ambiguous"],
    tags=["outlook-thread", "plain-text", "district-leeds", "initial", "negotiated",
          "report-then-attend", "bank-holidays"],
    notes="the form said written report sufficient, but the newest message records that the Chair and DI Okafor agreed police will attend (Leeds §4.6 item 7) -> attend; request taken from the newest message (true), so no tickbox_conflict",
    sender=("Ruth Ackroyd", "ruth.ackroyd@leeds.gov.uk"),
    subject="RE: RE: ICPC BROOK 07/01/2027 [OFFICIAL-SENSITIVE]",
    fmt="text",
    msgs=[
        dict(body="Hello\n\nFollowing my conversation with DI Okafor (Leeds CPPU) this morning, we have agreed that "
                  "police will attend this conference: Finley told his school counsellor that his father keeps a "
                  "shotgun in the loft and threatened to use it. Please treat the booking below as police attendance "
                  "required. Date, time and venue are unchanged.\n\nRuth Ackroyd\nChild Protection Chair, Leeds City Council"),
        dict(frm="CPPU Weetwood - Conference Invites", sent="16 December 2026 10:02",
             to="Integrated Safeguarding Unit", subject="RE: ICPC BROOK 07/01/2027 [OFFICIAL-SENSITIVE]",
             body="Received, thank you. A report will be prepared.\n\nCPPU Weetwood"),
        dict(frm="Integrated Safeguarding Unit", sent="10 December 2026 15:47",
             to="CPPU Weetwood - Conference Invites", subject="ICPC BROOK 07/01/2027 [OFFICIAL-SENSITIVE]",
             body=_orig),
    ],
))

# ------------------------------------------------------------ 43-04 Calderdale: chaser only
_orig = ("Good afternoon\n\nReview Child Protection Conference\nChild: Harry Wadsworth (DOB 13/10/2019)\n"
         "Mother: Emma Wadsworth\nDate: Friday 15 January 2027 at 10:00, Halifax Town Hall\nChair: Jonathan Riley\n"
         "Plan category: Neglect (first review)\n\nProgress has been good; there is no current police involvement.\n"
         "Police: written report requested, attendance not required.\n\nSafeguarding and Quality Assurance Unit")
CASES.append(dict(
    name="i-43-04-calderdale-rcpc-thread-report-chaser-only",
    district="calderdale", kind="review", date="2027-01-15", time="10:00", tick=False,
    harm=["neglect"], received=T("2027-01-11 09:20"),
    children=[("Harry Wadsworth", "2019-10-13")], adults=["Emma Wadsworth"],
    criteria=[], decision="manual_review", flags_required=["not_an_invitation"],
    deadlines_report_only=True,
    minimal_forbidden=["cancelled", "rescheduled", "unverified_sender", "encrypted_unreadable",
                       "deadline_passed", "unreadable_attachment", "tickbox_conflict", "district_unknown"],
    tags=["outlook-thread", "plain-text", "district-calderdale", "review", "chaser", "not-an-invitation"],
    notes="the newest message only chases the police report for a conference already booked: a report request, not an invitation -> manual_review + not_an_invitation (fields still read from the quoted booking; report due Tue 12 Jan not yet passed)",
    sender=("Safeguarding and Quality Assurance", "cp.conferences@calderdale.gov.uk"),
    subject="RE: RCPC WADSWORTH 15/01/2027 - police report?",
    fmt="text",
    msgs=[
        dict(body="Morning\n\nJust chasing the police report for Harry's review conference on Friday - it is due with the "
                  "Chair by tomorrow (Tuesday 12 January). Could you let me know if it has been allocated?\n\n"
                  "Thanks\nSafeguarding and Quality Assurance Unit\nCalderdale Council"),
        dict(frm="Safeguarding and Quality Assurance", sent="04 December 2026 14:30",
             to="CD Safeguarding Case Conference", subject="RCPC WADSWORTH 15/01/2027", body=_orig),
    ],
))

# ------------------------------------------------------------ 43-05 Wakefield: cancelled
_orig = ("Hi\n\nINITIAL CHILD PROTECTION CONFERENCE - BOOKING\n\nChildren: Alfie Atkinson (28/02/2018), "
         "Lily Atkinson (03/06/2020)\nMother: Toni Atkinson (11/11/1992)\n"
         "Date: Tuesday 5 January 2027   Time: 13:30   Venue: Wakefield One\nChair: Helen Mallinson\n"
         "Category: Neglect\n\nReason: on 08/12/2026 the children were found at home with no food, heating or electricity. "
         "West Yorkshire Police are actively investigating Ms Atkinson for wilful neglect (section 1 Children and Young "
         "Persons Act 1933); she was interviewed under caution on 11/12/2026.\n\n"
         "Police attendance required: Yes\n\nSafeguarding and Review Unit")
CASES.append(dict(
    name="i-43-05-wakefield-icpc-thread-cancelled-family-moved",
    district="wakefield", kind="initial", date="2027-01-05", time="13:30", tick=True,
    harm=["neglect"], received=T("2026-12-22 14:05"),
    children=[("Alfie Atkinson", "2018-02-28"), ("Lily Atkinson", "2020-06-03")],
    adults=["Toni Atkinson"],
    criteria=["wilful_neglect_investigation"], decision="manual_review",
    flags_required=["cancelled"], deadlines=False,
    minimal_forbidden=["unverified_sender", "encrypted_unreadable", "rescheduled", "unreadable_attachment",
                       "district_unknown", "tickbox_conflict", "tickbox_ambiguous"],
    tags=["outlook-thread", "html-body", "district-wakefield", "initial", "cancelled", "wilful-neglect"],
    notes="newest message cancels the ICPC (family moved to Doncaster): manual_review + cancelled; the quoted booking still shows an active wilful-neglect investigation",
    sender=("Janet Moxon", "janet.moxon@wakefield.gov.uk"),
    subject="RE: ICPC ATKINSON 05/01/2027 - CANCELLED - OFFICIAL-SENSITIVE",
    fmt="html",
    msgs=[
        dict(body="Hi all\n\nPlease note the Initial Child Protection Conference for Alfie and Lily on Tuesday 5 January "
                  "has been CANCELLED. The family moved to Doncaster on 18 December and the case is being transferred to "
                  "Doncaster Children's Services, who will arrange a conference there.\n\nPlease do not send a report.\n\n"
                  "Janet Moxon\nSafeguarding and Review Unit, Wakefield Council"),
        dict(frm="Janet Moxon", sent="15 December 2026 10:12", to="Wakefield CPPU",
             subject="ICPC ATKINSON 05/01/2027 - OFFICIAL-SENSITIVE", body=_orig),
    ],
))

# ------------------------------------------------------------ 43-06 Bradford: moved twice, venue to Teams, report only ticked
_orig = ("Good morning\n\nICPC booking\n\nChild: Kai Robinson, DOB 11/11/2020\nMother: Danielle Robinson\n"
         "Father: Marcus Bell\nDate: Monday 18 January 2027, 10:00, Britannia House, Room 2\nChair: Farah Qureshi\n"
         "Category: Neglect\n\nReason for conference: at 23:00 on 29/12/2026 Kai was found wandering on Manningham Lane "
         "in his pyjamas; the flat was in a very poor state with no food. Bradford CID are actively investigating both "
         "parents for child cruelty / wilful neglect (s1 CYPA 1933). Both were interviewed under caution and released "
         "under investigation.\n\nPolice attendance required: [ ]\nWritten report sufficient: [X]\n\n"
         "CP Admin Team, Bradford Children's Social Care")
CASES.append(dict(
    name="i-43-06-bradford-icpc-thread-moved-twice-wilful-neglect-report-ticked",
    district="bradford", kind="initial", date="2027-01-26", time="10:00", tick=False,
    harm=["neglect"], received=T("2027-01-15 16:20"),
    children=[("Kai Robinson", "2020-11-11")], adults=["Danielle Robinson", "Marcus Bell"],
    criteria=["wilful_neglect_investigation"], decision="attend", flags_required=["rescheduled"],
    flags_unsure=["possible_duplicate"],
    tags=["outlook-thread", "plain-text", "district-bradford", "initial", "tick-report",
          "tickbox-conflict", "rescheduled-twice", "venue-change", "wakefield-rules", "rui"],
    notes="active wilful-neglect investigation (RUI) -> attend under the Wakefield rules applied to Bradford; the form says report sufficient -> tickbox_conflict; newest message: Tue 26 Jan 10:00 on Teams",
    sender=("CP Admin Team", "cp.admin@bradford.gov.uk"),
    subject="RE: RE: ICPC ROBINSON - date change (again) - OFFICIAL-SENSITIVE",
    fmt="text",
    msgs=[
        dict(body="Hi all\n\nSorry - the Chair is unwell and this has had to move again. The ICPC for Kai Robinson will now "
                  "be held on Tuesday 26 January 2027 at 10:00 on Microsoft Teams (invite to follow). The booking form below "
                  "is otherwise unchanged.\n\nCP Admin Team"),
        dict(frm="CP Admin Team", sent="08 January 2027 12:06", to="Bradford CPPU",
             subject="RE: ICPC ROBINSON - date change - OFFICIAL-SENSITIVE",
             body="Hello\n\nThe conference has been moved to Wednesday 20 January 2027, 10:00, Britannia House Room 4, "
                  "because of a clash with court.\n\nCP Admin Team"),
        dict(frm="CP Admin Team", sent="06 January 2027 09:30", to="Bradford CPPU",
             subject="ICPC ROBINSON - OFFICIAL-SENSITIVE", body=_orig),
    ],
))

# ------------------------------------------------------------ 43-07 Leeds review: attendance then report, time corrected
_orig = ("Dear colleagues\n\nREVIEW CHILD PROTECTION CONFERENCE\n\nChild: Noah Clegg (15/08/2016)\n"
         "Parents: Hayley Clegg (mother), Wayne Clegg (father)\nDate: Wednesday 20 January 2027, 13:00, Merrion House\n"
         "Chair: Graham Oduya\nPlan category: Sexual abuse (second review)\n\n"
         "Background: in 2024 West Yorkshire Police investigated Mr Clegg for sexual abuse of Noah's older sister; the case "
         "was NFA. Since the last review the risk is escalating: Mr Clegg has moved back into the family home in breach of "
         "the safety plan and Ms Clegg has stopped engaging with the core group.\n\n"
         "Police: attendance requested.\n\nIntegrated Safeguarding Unit")
CASES.append(dict(
    name="i-43-07-leeds-rcpc-thread-time-corrected-report-enough",
    district="leeds", kind="review", date="2027-01-20", time="14:00", tick=False,
    harm=["sexual"], received=T("2027-01-04 10:30"),
    children=[("Noah Clegg", "2016-08-15")], adults=["Hayley Clegg", "Wayne Clegg"],
    criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="report_only",
    flags_unsure=["possible_duplicate", "rescheduled", "tickbox_ambiguous"],
    tags=["outlook-thread", "plain-text", "district-leeds", "review", "attendance-withdrawn",
          "time-correction", "review-rule"],
    notes="review: previous investigation with escalation is not in the review list (only core group -> attend; CSE/current/RSO/PP/DA/wilful neglect/tick -> discuss); the newest message says a written report is sufficient -> report_only; time corrected to 14:00",
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="RE: RCPC CLEGG 20/01/2027 - OFFICIAL-SENSITIVE",
    fmt="text",
    msgs=[
        dict(body="Hello again\n\nTwo changes to the booking below. First, the start time is 14:00, not 13:00. Second, the "
                  "Chair has confirmed that a written report is sufficient for this review and police attendance is not "
                  "required.\n\nIntegrated Safeguarding Unit"),
        dict(frm="Integrated Safeguarding Unit", sent="21 December 2026 11:48",
             to="CPPU Weetwood - Conference Invites", subject="RCPC CLEGG 20/01/2027 - OFFICIAL-SENSITIVE", body=_orig),
    ],
))


def build(c):
    s_name, s_addr = c["sender"]
    for m in c["msgs"][1:]:
        if "<" not in m["frm"]:
            m["frm"] = m["frm"]
    if c["fmt"] == "text":
        body = thread_text(c["msgs"])
        eml = build_eml(seed=c["name"], sender_name=s_name, sender=s_addr, to=POLICE[c["district"]],
                        subject=c["subject"], received=c["received"], body_text=body,
                        extra_headers=[("Thread-Topic", c["subject"].split(":", 1)[-1].strip()),
                                       ("In-Reply-To", msgid(c["name"] + "prev", "mail1.example"))])
        c["source_texts"] = [c["subject"], body]
    else:
        body = thread_html(c["msgs"])
        eml = build_eml(seed=c["name"], sender_name=s_name, sender=s_addr, to=POLICE[c["district"]],
                        subject=c["subject"], received=c["received"], body_html=body,
                        extra_headers=[("In-Reply-To", msgid(c["name"] + "prev", "mail1.example"))])
        c["source_texts"] = [c["subject"]] + [m["body"] for m in c["msgs"]] + \
            [x for m in c["msgs"][1:] for x in (m["frm"], m["sent"], m["subject"])]
    return eml
