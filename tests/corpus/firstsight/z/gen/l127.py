"""Layout 127: the child's own voice carries the concern; the police part is told indirectly."""
import datetime as dt
from common import TO, utc

D = dt.date
CASES = []

# 127-01 Wakefield ICPC: Amy told her teacher; "the officer who spoke with Amy"; dad not allowed home while DC enquires
CASES.append(dict(
    layout=127, nn=1, district="wakefield", district_tag="wakefield", kind_tag="icpc", desc="belt-disclosure-abe-done",
    kind="initial", date=D(2026, 12, 8), time="09:30", tick=None, harm=["physical"],
    children=[("Amy Holroyd", "2018-05-14")], adults=["Kerry Holroyd", "Ashley Holroyd"],
    criteria=["current_investigation"],
    container="alt",
    subject="ICPC - HOLROYD - Tues 8th Dec 9.30",
    from_name="Kirsty Naylor", from_addr="kirsty.naylor@wakefield.gov.uk", to=TO["wakefield"],
    received=utc(2026, 11, 27, 16, 48),
    cover=["Hi both,", "", "Details for Amy's initial conference below. Sorry it's late on a Friday."],
    blocks=[
        ("kv", "Conference", "Initial CPC"),
        ("kv", "Date", "Tuesday 8th December 2026"),
        ("kv", "Time", "9.30am"),
        ("kv", "Venue", "Castleford Civic Centre, Room 4"),
        ("kv", "Child", "Amy Holroyd (14/05/2018)"),
        ("kv", "Mum", "Kerry Holroyd"),
        ("kv", "Dad", "Ashley Holroyd"),
        ("kv", "Category", "Physical"),
        ("kv", "SW", "Kirsty Naylor"),
        ("h", "What Amy said"),
        ("p", "On 19 November Amy went up to Mrs Bell, her Year 3 teacher, at the end of PE and said: \"Daddy "
              "smacked me with his belt because I wet the bed, it's on my legs, don't tell him I told.\" "
              "School saw two long red marks on the back of both thighs."),
        ("p", "The officer who spoke with Amy on the Monday says the recorded interview went well and Amy said the "
              "same thing to her. Dad was seen at the station the next day and he isn't allowed back to the house "
              "while the DC dealing carries on with her enquiries. He is staying with his brother in Normanton."),
        ("p", "Mum says she believes Amy and wants Dad to stay away."),
    ],
    signature="\nKirsty Naylor\nSocial Worker, Child Protection Team 2 | Wakefield Council\n",
    tags=["outlook-alt", "child-voice", "indirect-police"],
    notes="the child's words carry the concern; the police role is told indirectly (recorded interview with an "
          "officer, 'the DC dealing carries on with her enquiries', father kept away): current investigation -> attend"))

# 127-02 Leeds ICPC, late notice; child's disclosure about an unrelated older boy (police dealt with him) -> report only
CASES.append(dict(
    layout=127, nn=2, district="leeds", district_tag="leeds", kind_tag="icpc", desc="outside-boy-report-only-late",
    kind="initial", date=D(2026, 12, 16), time="13:00", tick=False, harm=["emotional"],
    children=[("Jayden Okafor", "2015-10-10")], adults=["Blessing Okafor", "Emeka Okafor"],
    criteria=[],
    container="plain",
    subject="ICPC OKAFOR Wednesday 16/12/26 1pm",
    from_name="Lucy Tennant", from_addr="lucy.tennant@leeds.gov.uk", to=TO["leeds"],
    received=utc(2026, 12, 11, 13, 20),
    cover=["Dear CPPU,", "", "Apologies for the short notice, the chair only confirmed this morning."],
    blocks=[
        ("kv", "Type", "Initial CP conference"),
        ("kv", "Date/time", "Wednesday 16/12/26 at 1pm"),
        ("kv", "Venue", "Microsoft Teams (link from ISU)"),
        ("kv", "Child", "Jayden Okafor, d.o.b. 10/10/2015"),
        ("kv", "Parents", "Blessing Okafor (mum), Emeka Okafor (dad) - both at home"),
        ("kv", "Category", "Emotional"),
        ("kv", "Police", "written report is sufficient"),
        ("blank",),
        ("p", "In his own words to the school nurse on 2 December: \"Mum and Dad shout every single night and I go "
              "under my duvet with my headphones. Dad threw the remote at the telly and it smashed.\" Jayden has "
              "stopped eating lunch and says he gets tummy aches every morning."),
        ("p", "He also told the nurse that an older boy at the park punched him and took his phone in October. "
              "That boy is not known to the family; the police dealt with it at the time and the boy received a "
              "youth caution."),
        ("p", "Mum says Dad once pushed her during an argument last year. Dad denies this; it was never reported "
              "to the police and there have been no call-outs to the address."),
    ],
    signature="\nLucy Tennant\nSocial Worker | Children and Families | Leeds City Council\n",
    tags=["plain-text", "child-voice", "other-person", "reported-allegation", "safe-report-only", "late-notice"],
    notes="emotional harm from parental conflict in the child's words; the only police matter is an unrelated boy "
          "outside the family (closed); mother's allegation was never reported: no criterion, tick report -> report_only; "
          "3 working days' notice < 5 (Leeds initial) -> late_notice"))

# 127-03 Calderdale ICPC, PDF; disclosure retracted, child declined ABE, unit closed enquiry -> prior_unit_involvement
CASES.append(dict(
    layout=127, nn=3, district="calderdale", district_tag="calderdale", kind_tag="icpc", desc="retracted-disclosure",
    kind="initial", date=D(2026, 12, 21), time="10:00", tick=None, harm=["emotional"],
    children=[("Poppy Sutcliffe", "2013-01-22")], adults=["Rachel Sutcliffe", "Gary Wadsworth"],
    criteria=["prior_unit_involvement"],
    container="pdf", attachment_name="Conference request - P Sutcliffe.pdf", doc_title="Conference request",
    subject="Conference request - SUTCLIFFE - 21/12/2026 - OFFICIAL SENSITIVE",
    from_name="Dawn Ackroyd", from_addr="dawn.ackroyd@calderdale.gov.uk", to=TO["calderdale"],
    received=utc(2026, 12, 9, 10, 3),
    cover=["Good morning,", "", "Please find the attached request for an initial conference for Poppy."],
    signature="Dawn Ackroyd\nCP Conference Administrator\nCalderdale Council\n",
    blocks=[
        ("h", "REQUEST FOR AN INITIAL CHILD PROTECTION CONFERENCE"),
        ("kv", "Date", "Monday 21 December 2026"),
        ("kv", "Time", "10.00"),
        ("kv", "Place", "Halifax Town Hall, Room 12"),
        ("kv", "Child", "Poppy Sutcliffe, born 22/01/2013"),
        ("kv", "Mother", "Rachel Sutcliffe"),
        ("kv", "Mother's partner", "Gary Wadsworth (lives in the home)"),
        ("kv", "Category", "Emotional abuse"),
        ("kv", "Chair", "Sue Midgley"),
        ("h", "What has happened"),
        ("p", "On 3 November Poppy told her friend's mum: \"Gary comes in my room at night when Mum's asleep and "
              "I have to pretend I'm asleep too.\""),
        ("p", "A week later she told her Head of Year that she had made it up because Gary had taken her phone off "
              "her. A recorded interview was arranged but Poppy would not speak to the officer, and the "
              "Safeguarding Unit closed their enquiry on 24 November with no further action."),
        ("p", "Since then Poppy has been cutting her arms and has said to the school counsellor \"nobody believes "
              "me anyway so what's the point\". The conference will consider her emotional well-being and whether "
              "the home is safe for her."),
    ],
    tags=["pdf-table", "child-voice", "retraction", "closed-investigation"],
    notes="disclosure retracted, child declined the interview, unit closed the enquiry (NFA): no current "
          "investigation, but the unit's earlier investigation is prior_unit_involvement -> Calderdale attend "
          "(one could also read it as Calderdale's 'unit investigated the circumstances'; same decision)"))

# 127-04 Kirklees ICPC, Word; disclosure to school nurse, ABE booked; tick attend
CASES.append(dict(
    layout=127, nn=4, district="kirklees", district_tag="kirklees", kind_tag="icpc", desc="abe-booked-nurse",
    kind="initial", date=D(2027, 1, 7), time="13:30", tick=True, harm=["sexual"],
    children=[("Lacey Armitage", "2016-08-25"), ("Tommy Armitage", "2019-12-01")],
    adults=["Stacey Armitage", "Liam Crowther"], criteria=["current_investigation"],
    container="docx", attachment_name="Booking form - ARMITAGE.docx", doc_title="Booking form",
    subject="CP Conference booking - ARMITAGE - 07/01/2027",
    from_name="Hollie Firth", from_addr="hollie.firth@kirklees.gov.uk", to=TO["kirklees"],
    received=utc(2026, 12, 23, 15, 11),
    cover=["Hello,", "", "Booking form attached for an ICPC on 7 January. Merry Christmas when it comes."],
    signature="Hollie Firth\nBusiness Support - Child Protection Conferences\nKirklees Council\n",
    blocks=[
        ("h", "KIRKLEES CHILD PROTECTION CONFERENCE BOOKING FORM"),
        ("kv", "Conference", "ICPC"),
        ("kv", "Date", "07/01/2027"),
        ("kv", "Time", "1.30pm"),
        ("kv", "Venue", "Dewsbury Town Hall"),
        ("kv", "Children", "Lacey Armitage 25/08/2016; Tommy Armitage 01/12/2019"),
        ("kv", "Mother", "Stacey Armitage"),
        ("kv", "Mother's boyfriend", "Liam Crowther"),
        ("kv", "Category", "Sexual"),
        ("kv", "Police attendance requested?", "YES"),
        ("h", "Reason"),
        ("p", "Lacey told the school nurse, Mrs Kaur, on 16 December: \"Liam makes me sit on his knee and puts his "
              "hand in my knickers when Mum's at work. He said it's a game.\" Mrs Kaur wrote her words down straight away."),
        ("p", "Lacey's Achieving Best Evidence interview is booked for 5 January at the Huddersfield suite. The DC "
              "dealing has asked that Mr Crowther is not told before then. Mum has agreed he will not stay over."),
    ],
    tags=["docx-table", "child-voice", "abe-planned", "christmas-working-days"],
    notes="child's disclosure to a nurse, ABE interview booked with a DC dealing: current investigation of sexual "
          "abuse within the family -> attend (Kirklees = Wakefield rules)"))

# 127-05 Bradford RCPC, HTML notification; child's words about older lads, exploitation risk -> CSE -> discuss
CASES.append(dict(
    layout=127, nn=5, district="bradford", district_tag="bradford", kind_tag="rcpc", desc="older-lads-cse",
    kind="review", date=D(2027, 1, 14), time="10:00", tick=False, harm=["sexual", "neglect"],
    children=[("Chantelle Moss", "2011-06-30")], adults=["Kelly Moss"],
    criteria=["child_sexual_exploitation"],
    container="html", mailer="Liquidlogic LCS Notifications",
    subject="Review Child Protection Conference - MOSS - 14/01/2027 10:00",
    from_name="LCS Notifications", from_addr="lcs-notifications@bradford.gov.uk", to=TO["bradford"],
    received=utc(2027, 1, 4, 9, 6),
    cover=["This is an automated notification from Liquidlogic Children's System. Do not reply to this address."],
    blocks=[
        ("h", "Review Child Protection Conference"),
        ("kv", "Person", "Chantelle Moss (LCS 5520913)"),
        ("kv", "Date of birth", "30/06/2011"),
        ("kv", "Parent / carer", "Kelly Moss (mother)"),
        ("kv", "Meeting date", "14/01/2027"),
        ("kv", "Start", "10:00"),
        ("kv", "Location", "Margaret McMillan Tower, Bradford"),
        ("kv", "Plan categories", "Sexual abuse; Neglect"),
        ("kv", "Police report only", "Yes"),
        ("h", "Worker's summary"),
        ("p", "Chantelle told her school nurse last month: \"The lads at the takeaway give me vapes and lifts "
              "and say I owe them now. One of them keeps asking for pics.\" The men are in their twenties."),
        ("p", "She has been missing overnight twice since the last conference and came back with a new phone. The "
              "exploitation screening completed on 18 December scored her at significant risk of being sexually "
              "exploited, and a detective from the exploitation team is now working with her."),
    ],
    tags=["html-only", "case-system-notification", "child-voice", "unsafe-report-only"],
    notes="the child's words describe grooming by adult men and the screening says significant risk of sexual "
          "exploitation: CSE is a considered risk -> review discuss even though the form says report only"))

# 127-06 Wakefield: the child's views sent for the papers - not an invitation
CASES.append(dict(
    layout=127, nn=6, district="wakefield", district_tag="wakefield", kind_tag="rcpc", desc="childs-views-not-invite",
    kind=None, date=None, time=None, tick=None, harm=None,
    children=[("Ruby Schofield", "2017-03-03")], adults=["Joanne Schofield"],
    criteria=[], manual=True, flags_required=["not_an_invitation"], null_deadlines=True,
    flags_forbidden=["cancelled", "rescheduled", "unverified_sender", "encrypted_unreadable", "district_unknown"],
    container="plain",
    subject="RE: Ruby Schofield - her views for review conference",
    from_name="Hannah Swales", from_addr="hannah.swales@wakefield.gov.uk", to=TO["wakefield"],
    received=utc(2027, 1, 11, 11, 44),
    cover=["Hi,", "", "As promised, below is what Ruby told me when I saw her at school on 8 January, for the papers "
           "for her review conference on Tuesday 19 January. You already have the invitation and booking form from "
           "the SRU - this is just her voice to go with your report."],
    blocks=[
        ("p", "Ruby Schofield (DOB 03/03/2017) - lives with Mum, Joanne Schofield."),
        ("p", "\"I like my new bedroom. Mum doesn't cry as much now.\""),
        ("p", "\"I still think about the night the police came and took Dad away in the van. I don't want Dad to "
              "come back to our house, I only want to see him at the contact place.\""),
        ("p", "Her three wishes were a puppy, to stay at the same school, and for Mum to be happy."),
    ],
    signature="\nHannah Swales\nSocial Worker | Wakefield Council\n",
    tags=["plain-text", "child-voice", "not-an-invitation"],
    notes="the social worker sends the child's words for the papers and says the invitation was already sent: not "
          "an invitation -> manual_review; 'the night the police came' is history, no criterion"))

# 127-07 Leeds transfer-in from Bolton; GMP investigation still open -> attend
CASES.append(dict(
    layout=127, nn=7, district="leeds", district_tag="leeds", kind_tag="transfer-in", desc="gmp-still-open",
    kind="transfer_in", date=D(2027, 2, 2), time="11:00", tick=None, harm=["physical"],
    children=[("Mia Kowalczyk", "2015-09-17")], adults=["Agata Kowalczyk", "Daniel Booth"],
    criteria=["current_investigation"],
    container="docx", attachment_name="Transfer In Conference - KOWALCZYK.docx", doc_title="Transfer in",
    cover_html=True,
    subject="Transfer In CPC - KOWALCZYK - 02/02/2027 11am",
    from_name="Ewa Nowak", from_addr="ewa.nowak@leeds.gov.uk", to=TO["leeds"],
    received=utc(2027, 1, 20, 10, 30),
    cover=["Dear CPPU,", "", "Please find attached the transfer-in conference notification for Mia, who moved to "
           "Leeds from Bolton on 1 December."],
    signature="Ewa Nowak\nIntegrated Safeguarding Unit | Leeds City Council\n",
    blocks=[
        ("h", "TRANSFER IN CHILD PROTECTION CONFERENCE"),
        ("kv", "Date and time", "Tuesday 2 February 2027, 11:00"),
        ("kv", "Venue", "Seacroft Hub, Meeting Room 1"),
        ("kv", "Transferring authority", "Bolton Council"),
        ("kv", "Child", "Mia Kowalczyk (17/09/2015)"),
        ("kv", "Mother", "Agata Kowalczyk"),
        ("kv", "Mother's partner", "Daniel Booth"),
        ("kv", "Category", "Physical abuse"),
        ("h", "Background"),
        ("p", "Mia's plan was made in Bolton on 2 October after she told her teacher: \"Dan grabbed my neck and "
              "threw me on the floor because I was too loud.\" In her video interview with a GMP officer she gave "
              "the same account."),
        ("p", "The GMP officer in the case told us on 15 January that Mr Booth was interviewed and released while "
              "enquiries continue; no decision has been made and the matter remains open with Greater Manchester "
              "Police. The family now live in Seacroft."),
    ],
    tags=["docx-table", "child-voice", "transfer-in", "other-force"],
    notes="transfer-in counts as initial; the other force's investigation of the partner's assault on the child is "
          "still open -> current_investigation -> attend"))
