"""Layout 130: the police role in review invitations told by actions, not labels."""
import datetime as dt
from common import TO, utc

D = dt.date
CASES = []

# 130-01 Wakefield RCPC, Word: PC Shah keeps doing weekly welfare visits and feeds back to core group -> attend
CASES.append(dict(
    layout=130, nn=1, district="wakefield", district_tag="wakefield", kind_tag="rcpc", desc="weekly-welfare-visits",
    kind="review", date=D(2026, 12, 9), time="10:00", tick=None, harm=["neglect", "emotional"],
    children=[("Grace Wilkinson", "2019-02-19")], adults=["Jenna Wilkinson"],
    criteria=["core_group_member"],
    container="docx", attachment_name="RCPC - WILKINSON - 09.12.26.docx", doc_title="Review conference",
    subject="RCPC WILKINSON 09/12/2026 10:00",
    from_name="Safeguarding and Review Unit", from_addr="sru.admin@wakefield.gov.uk", to=TO["wakefield"],
    received=utc(2026, 11, 25, 11, 18),
    cover=["Please find attached the details of the first review conference for Grace Wilkinson."],
    signature="\nSRU Business Support | Wakefield Council\n",
    blocks=[
        ("h", "FIRST REVIEW CHILD PROTECTION CONFERENCE"),
        ("kv", "Date", "Wednesday 9 December 2026"),
        ("kv", "Time", "10.00"),
        ("kv", "Venue", "Pontefract Town Hall"),
        ("kv", "Child", "Grace Wilkinson (19/02/2019)"),
        ("kv", "Mother", "Jenna Wilkinson"),
        ("kv", "Categories", "Neglect, emotional abuse"),
        ("h", "The plan and who is doing what"),
        ("li", "Social worker to visit fortnightly, announced and unannounced."),
        ("li", "Health visitor to weigh Grace monthly."),
        ("li", "PC Amina Shah will keep doing her weekly welfare visit on Thursday evenings and feeds back to the "
               "core group each time; she came to both core group meetings in October and November."),
        ("li", "Nursery to record attendance and presentation daily."),
    ],
    tags=["docx-table", "police-by-actions", "core-group"],
    notes="an officer doing weekly welfare visits under the plan and reporting at every core group: police in the "
          "core group with active involvement -> review attend"))

# 130-02 Leeds RCPC, HTML only: NPT drive past, sergeant joins core groups; late notice (review 10 WD)
CASES.append(dict(
    layout=130, nn=2, district="leeds", district_tag="leeds", kind_tag="rcpc", desc="npt-drive-past-late",
    kind="review", date=D(2026, 12, 22), time="10:00", tick=None, harm=["physical"],
    children=[("Bella Thornton", "2017-12-12"), ("Reggie Thornton", "2020-09-09")], adults=["Gemma Thornton"],
    criteria=["core_group_member"],
    container="html", mailer="Mosaic Notification Service",
    subject="Mosaic: Review Child Protection Conference scheduled - THORNTON",
    from_name="Mosaic Workflow", from_addr="mosaic.noreply@leeds.gov.uk", to=TO["leeds"],
    received=utc(2026, 12, 10, 16, 40),
    cover=["A meeting has been scheduled in Mosaic. You are listed as an invitee."],
    signature="Leeds Children and Families - Mosaic",
    blocks=[
        ("kv", "Meeting", "Review Child Protection Conference"),
        ("kv", "Scheduled", "22/12/2026 10:00 - 12:00"),
        ("kv", "Location", "Armley One Stop Centre"),
        ("kv", "Subject(s)", "Bella Thornton (12/12/2017); Reggie Thornton (09/09/2020)"),
        ("kv", "Parent", "Gemma Thornton"),
        ("kv", "Category", "Physical abuse"),
        ("h", "Plan actions (from last conference)"),
        ("li", "The neighbourhood policing team for Armley drive past the address on late shifts and log anything "
               "they see for the social worker."),
        ("li", "Sgt Pickles from the NPT joins core group meetings when shifts allow and gave an update at the last two."),
        ("li", "School to share attendance and any marks weekly."),
    ],
    tags=["html-only", "case-system-notification", "police-by-actions", "late-notice"],
    notes="police patrols are a plan action and a sergeant reports at core groups: core_group_member -> attend; "
          "8 working days' notice < 10 for a Leeds review -> late_notice"))

# 130-03 Calderdale RCPC, PDF: welfare visits stopped in August, NFA; now only asked for incidents -> report only
CASES.append(dict(
    layout=130, nn=3, district="calderdale", district_tag="calderdale", kind_tag="rcpc", desc="visits-stopped-report-only",
    kind="review", date=D(2027, 1, 26), time="14:00", tick=None, harm=["physical"],
    children=[("Eden Barker", "2016-03-31")], adults=["Shelley Barker", "Craig Barker"],
    criteria=["prior_unit_involvement"],
    container="pdf", attachment_name="Review CPC notification BARKER.pdf", doc_title="Review CPC",
    subject="Review CPC - BARKER - 26/01/2027",
    from_name="Shabana Mir", from_addr="shabana.mir@calderdale.gov.uk", to=TO["calderdale"],
    received=utc(2027, 1, 12, 10, 44),
    cover=["Dear colleague,", "", "Please see attached notification of a review conference."],
    signature="Shabana Mir\nCP Administration | Calderdale MBC\n",
    blocks=[
        ("h", "REVIEW CHILD PROTECTION CONFERENCE"),
        ("kv", "Date", "Tuesday 26 January 2027"),
        ("kv", "Time", "2.00pm"),
        ("kv", "Venue", "Brighouse Civic Hall"),
        ("kv", "Child", "Eden Barker, DOB 31/03/2016"),
        ("kv", "Parents", "Shelley Barker, Craig Barker"),
        ("kv", "Category", "Physical"),
        ("h", "Agency involvement"),
        ("p", "After Mr Barker's arrest in March the local officers did fortnightly welfare visits. These stopped "
              "in August when the matter was closed with no further action, and police have not been at a core "
              "group since."),
        ("p", "West Yorkshire Police are asked only to send the chair a note of any incidents at the address since "
              "the last conference."),
    ],
    tags=["pdf-table", "police-by-actions", "stopped", "safe-report-only"],
    notes="police visits stopped in August and the matter closed: no core-group role now; only an information "
          "request -> review report_only (the closed matter is prior_unit_involvement)"))

# 130-04 Kirklees RCPC: DC updates core group on the bail; tick report -> attend + tickbox_conflict
CASES.append(dict(
    layout=130, nn=4, district="kirklees", district_tag="kirklees", kind_tag="rcpc", desc="dc-updates-bail",
    kind="review", date=D(2027, 2, 9), time="10:00", tick=False, harm=["physical"],
    children=[("Finley Oldroyd", "2018-01-18")], adults=["Amy Oldroyd", "Ross Oldroyd"],
    criteria=["core_group_member", "current_investigation"],
    container="alt",
    subject="Review CP Conference - OLDROYD - 09/02/2027",
    from_name="Nasreen Akram", from_addr="nasreen.akram@kirklees.gov.uk", to=TO["kirklees"],
    received=utc(2027, 1, 26, 13, 26),
    cover=["Good afternoon,", "", "Details of Finley's review conference below."],
    blocks=[
        ("kv", "Review CP conference", "Tuesday 9th February 2027, 10am"),
        ("kv", "Venue", "Batley Town Hall"),
        ("kv", "Child", "Finley Oldroyd 18/01/2018"),
        ("kv", "Parents", "Amy Oldroyd, Ross Oldroyd (not living at home)"),
        ("kv", "Category", "Physical"),
        ("kv", "Written report sufficient", "Yes"),
        ("h", "Who does what in the plan"),
        ("li", "DC Brennan will update the core group on Mr Oldroyd's bail each time it is extended and will tell the "
               "social worker the same day if the conditions change. She attended the core groups on 3 November and "
               "8 December."),
        ("li", "Mum to keep to the safety plan and not allow Mr Oldroyd into the house."),
    ],
    signature="\nNasreen Akram, Conference Chair, Kirklees Council\n",
    tags=["outlook-alt", "police-by-actions", "core-group", "tickbox-conflict"],
    notes="a DC attends core groups and reports on the father's bail: core_group_member (and an open investigation) "
          "-> review attend; the form says a written report is sufficient -> tickbox_conflict"))

# 130-05 Bradford pre-birth review, CJSM plain: police only asked to share information and do checks -> report only
CASES.append(dict(
    layout=130, nn=5, district="bradford", district_tag="bradford", kind_tag="prebirth-rcpc", desc="share-info-only",
    kind="review", pre_birth=True, date=D(2027, 1, 6), time="10:00", tick=None, harm=["neglect"],
    children=[("Baby Rafiq", None)], adults=["Nadia Rafiq", "Sajid Rafiq"], criteria=[],
    container="plain",
    extra_received="from relay1.cjsm.net (relay1.cjsm.net [203.0.113.41]) by smtp-relay.bradford.gov.uk with ESMTPS; Mon, 21 Dec 2026 10:57:02 +0000",
    subject="[CJSM] Pre-birth review conference - RAFIQ - 06/01/2027",
    from_name="Tahira Begum", from_addr="tahira.begum@bradford.gov.uk.cjsm.net", to=TO["bradford"],
    received=utc(2026, 12, 21, 10, 58),
    cover=["Hello,"],
    blocks=[
        ("kv", "Meeting", "Pre-birth review child protection conference"),
        ("kv", "Date", "Wednesday 06/01/2027"),
        ("kv", "Time", "10.00"),
        ("kv", "Venue", "Shipley Town Hall"),
        ("kv", "Unborn", "Baby Rafiq, EDD 30/01/2027"),
        ("kv", "Parents", "Nadia Rafiq, Sajid Rafiq"),
        ("kv", "Category", "Neglect"),
        ("blank",),
        ("line", "Agency actions in the plan:"),
        ("li", "Midwife to see Mrs Rafiq fortnightly."),
        ("li", "Police are asked to share any information they hold on the family with the conference and to run "
               "PNC checks on any new adult who moves into the household."),
        ("li", "Perinatal mental health team to continue weekly visits."),
        ("blank",),
        ("p", "There has been no police involvement with the family since the pre-birth conference."),
    ],
    signature="\nTahira Begum\nConference & Review Service, Bradford Council\n",
    tags=["plain-text", "cjsm", "pre-birth", "police-info-only", "safe-report-only", "christmas-working-days"],
    notes="police are only asked to share information and run checks; no core-group role, nothing current -> "
          "review report_only; report due before the New Year bank holiday"))

# 130-06 Wakefield RCPC, Word: police only share calls, but the form asks for attendance -> discuss
CASES.append(dict(
    layout=130, nn=6, district="wakefield", district_tag="wakefield", kind_tag="rcpc", desc="share-calls-tick-attend",
    kind="review", date=D(2027, 2, 12), time="10:00", tick=True, harm=["emotional"],
    children=[("Callum Ellis", "2013-11-11")], adults=["Joanne Ellis"], criteria=[],
    container="docx", attachment_name="Review booking ELLIS.docx", doc_title="Review booking",
    subject="Review Conference - ELLIS - Friday 12 February 2027",
    from_name="Kerry Sowden", from_addr="kerry.sowden@wakefield.gov.uk", to=TO["wakefield"],
    received=utc(2027, 1, 29, 9, 25), cover_html=True,
    cover=["Hi,", "", "Review booking form attached for Callum Ellis."],
    signature="Kerry Sowden\nSocial Worker, Wakefield Council\n",
    blocks=[
        ("h", "REVIEW CHILD PROTECTION CONFERENCE - BOOKING FORM"),
        ("kv", "Date", "Friday 12 February 2027"),
        ("kv", "Time", "10:00"),
        ("kv", "Venue", "Wakefield One"),
        ("kv", "Child", "Callum Ellis 11/11/2013"),
        ("kv", "Mother", "Joanne Ellis"),
        ("kv", "Category", "Emotional"),
        ("kv", "Police attendance required", "Yes"),
        ("h", "Agency tasks"),
        ("p", "West Yorkshire Police to share any calls to the address with the social worker. If Callum is reported "
              "missing again, the officers who find him will complete a safe and well check."),
        ("p", "Callum has been missing three times since October, always found at his uncle's in Airedale."),
    ],
    tags=["docx-table", "police-by-actions", "hypothetical", "tick-attend"],
    notes="police only share calls and a hypothetical safe-and-well check: not core group; the booking form asks "
          "for attendance -> review discuss"))

# 130-07 Leeds chair's outcome letter (PDF) - not an invitation
CASES.append(dict(
    layout=130, nn=7, district="leeds", district_tag="leeds", kind_tag="rcpc", desc="chair-outcome-letter",
    kind=None, date=None, time=None, tick=None, harm=None,
    children=[("Zac Pickering", "2015-05-05")], adults=["Stacey Pickering"],
    criteria=["core_group_member"], manual=True, flags_required=["not_an_invitation"], null_deadlines=True,
    flags_forbidden=["cancelled", "rescheduled", "unverified_sender", "encrypted_unreadable", "district_unknown"],
    container="pdf", attachment_name="Chair's outcome letter - PICKERING.pdf", doc_title="Outcome letter",
    subject="Outcome of Review CPC held 10/12/2026 - PICKERING",
    from_name="Hazel Wainwright", from_addr="hazel.wainwright@leeds.gov.uk", to=TO["leeds"],
    received=utc(2026, 12, 11, 12, 14),
    cover=["Dear all,", "", "Please find attached the chair's outcome letter following yesterday's review conference. "
           "Minutes will follow."],
    signature="Hazel Wainwright\nChild Protection Chair, Integrated Safeguarding Unit, Leeds City Council\n",
    blocks=[
        ("h", "OUTCOME OF REVIEW CHILD PROTECTION CONFERENCE"),
        ("kv", "Conference held", "10/12/2026"),
        ("kv", "Child", "Zac Pickering (05/05/2015)"),
        ("kv", "Mother", "Stacey Pickering"),
        ("kv", "Decision", "Child to remain subject to a child protection plan, category physical abuse"),
        ("kv", "Next review", "11/03/2027 at 10.00am"),
        ("h", "Outline plan"),
        ("li", "PC Jodie Lund to carry on her fortnightly visits with the social worker and report to each core group."),
        ("li", "Next core group 22/12/2026 at Zac's school."),
    ],
    tags=["pdf-table", "not-an-invitation", "chair-letter", "police-by-actions"],
    notes="a chair's outcome letter after the conference, not an invitation -> manual_review (not_an_invitation); "
          "the plan keeps an officer in the core group"))
