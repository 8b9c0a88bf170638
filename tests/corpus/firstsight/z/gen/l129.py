"""Layout 129: relative time - what is current and what is history is told only by relative words."""
import datetime as dt
from common import TO, utc

D = dt.date
CASES = []

# 129-01 Wakefield ICPC, plain: children taken into police protection "ten days ago"; 2019 PP history -> attend
CASES.append(dict(
    layout=129, nn=1, district="wakefield", district_tag="wakefield", kind_tag="icpc", desc="ten-days-ago-protection",
    kind="initial", date=D(2026, 12, 3), time="13:00", tick=None, harm=["neglect"],
    children=[("Jack Ibbotson", "2019-07-19"), ("Rosie Ibbotson", "2022-02-14")],
    adults=["Lauren Ibbotson", "Kane Ibbotson"], criteria=["police_protection", "prior_unit_involvement"],
    container="plain",
    subject="ICPC IBBOTSON - Thursday 3 December 2026 1pm",
    from_name="Natasha Kitson", from_addr="natasha.kitson@wakefield.gov.uk", to=TO["wakefield"],
    received=utc(2026, 11, 23, 9, 12),
    cover=["Morning,", "", "Initial conference details below for the Ibbotson children."],
    blocks=[
        ("kv", "Conference", "Initial child protection conference"),
        ("kv", "Date", "Thursday 3 December 2026"),
        ("kv", "Time", "1pm"),
        ("kv", "Venue", "Wakefield One, Room 1.02"),
        ("kv", "Children", "Jack Ibbotson (19/07/2019), Rosie Ibbotson (14/02/2022)"),
        ("kv", "Parents", "Lauren Ibbotson (mother), Kane Ibbotson (father, separated, lives in Hemsworth)"),
        ("kv", "Category", "Neglect"),
        ("h", "Why now"),
        ("p", "Ten days ago, on the Friday night, officers found Jack and Rosie on their own in the flat at 1am "
              "and used their powers to remove them to their nan's under police protection. Mum came back the "
              "following afternoon and the children returned home on the Monday with a safety plan."),
        ("p", "Back in 2019, when Jack was a baby, he was also taken to hospital by officers under police "
              "protection after mum was found unconscious. At the moment mum says she is not drinking, but the "
              "flat was again found with no food last week."),
    ],
    signature="\nNatasha Kitson\nSocial Worker, Wakefield Children's Social Care\n",
    tags=["plain-text", "relative-time", "police-protection-recent", "historical"],
    notes="'ten days ago' the children were removed under police protection and the conference arises from it "
          "(W4) -> attend; the 2019 police protection is history -> prior_unit_involvement"))

# 129-02 Leeds ICPC, Word: investigation "when Amy was a baby", calmer "since Christmas" -> report only
CASES.append(dict(
    layout=129, nn=2, district="leeds", district_tag="leeds", kind_tag="icpc", desc="when-a-baby-report-only",
    kind="initial", date=D(2026, 12, 17), time="10:00", tick=False, harm=["neglect"],
    children=[("Amy Rushworth", "2020-01-09")], adults=["Chloe Rushworth", "Nathan Gill"],
    criteria=["prior_unit_involvement"],
    container="docx", attachment_name="ICPC booking - RUSHWORTH.docx", doc_title="ICPC booking",
    subject="ICPC booking - RUSHWORTH - 17/12/2026",
    from_name="Rebecca Dyer", from_addr="rebecca.dyer@leeds.gov.uk", to=TO["leeds"],
    received=utc(2026, 12, 4, 14, 40), cover_html=True,
    cover=["Hello,", "", "Please see the booking form attached."],
    signature="Rebecca Dyer\nIntegrated Safeguarding Unit, Leeds City Council\n",
    blocks=[
        ("h", "Booking form - Initial Child Protection Conference"),
        ("kv", "Date", "17/12/2026"),
        ("kv", "Time", "10.00"),
        ("kv", "Venue", "Microsoft Teams"),
        ("kv", "Child", "Amy Rushworth - 09/01/2020"),
        ("kv", "Mother", "Chloe Rushworth"),
        ("kv", "Father", "Nathan Gill"),
        ("kv", "Category", "Neglect"),
        ("kv", "Police", "Attendance required: no / Report: yes"),
        ("h", "Reason"),
        ("p", "When Amy was a baby the police investigated a fracture to her wrist; Dad was interviewed at the time "
              "and nothing came of it."),
        ("p", "Since Christmas last year things have been calmer between the parents. At the moment the worry is "
              "neglect: Amy has missed 40% of nursery since September and needs six teeth out. There have been no "
              "incidents involving the police this year."),
    ],
    tags=["docx-table", "relative-time", "historical", "safe-report-only"],
    notes="the police investigation was 'when Amy was a baby' and closed; nothing escalating, no police this year: "
          "prior_unit_involvement only, which Leeds does not attend for -> report_only"))

# 129-03 Calderdale RCPC over Christmas: "a fortnight ago" DA, ex "still on bail" -> discuss
CASES.append(dict(
    layout=129, nn=3, district="calderdale", district_tag="calderdale", kind_tag="rcpc", desc="fortnight-ago-da-bail",
    kind="review", date=D(2027, 1, 13), time="10:00", tick=None, harm=["emotional"],
    children=[("Harley Sykes", "2017-10-10")], adults=["Tasha Sykes", "Liam Foster"],
    criteria=["domestic_abuse_current_involvement"],
    container="alt",
    subject="Review conference - SYKES - 13/01/2027",
    from_name="Helen Rawnsley", from_addr="helen.rawnsley@calderdale.gov.uk", to=TO["calderdale"],
    sent=utc(2026, 12, 29, 0, 11, offset_hours=1), received=utc(2026, 12, 29, 0, 20, offset_hours=1),
    cover=["Hi,", "", "Review conference details for Harley below (sent over the break, sorry)."],
    blocks=[
        ("kv", "Review CPC", "Wednesday 13 January 2027, 10.00"),
        ("kv", "Venue", "Todmorden Town Hall"),
        ("kv", "Child", "Harley Sykes 10/10/2017"),
        ("kv", "Mother", "Tasha Sykes"),
        ("kv", "Mother's ex-partner", "Liam Foster"),
        ("kv", "Plan category", "Emotional"),
        ("h", "Since the last conference"),
        ("p", "Earlier this year, in the spring, Tasha told us she had ended the relationship with Liam."),
        ("p", "A fortnight ago, just before Christmas, Liam came to the house drunk and punched Tasha in front of "
              "Harley. Police arrested him that night and he is still on bail, with conditions not to come to the "
              "street. The police domestic abuse officer rang Tasha on Monday to go through a safety plan, and "
              "she has been referred to MARAC."),
    ],
    signature="\nHelen Rawnsley | Social Worker | Calderdale Council\n",
    tags=["outlook-alt", "relative-time", "received-offset-midnight", "christmas-working-days"],
    notes="'a fortnight ago' an assault with arrest, 'still on bail', DA officer and MARAC referral: current DA "
          "involvement -> review discuss; received 28/12 (00:20 +0100 = 23:20 GMT)"))

# 129-04 Kirklees ICPC, PDF: notification "ended in the spring" -> history only; tick report -> report_only
CASES.append(dict(
    layout=129, nn=4, district="kirklees", district_tag="kirklees", kind_tag="icpc", desc="register-ended-spring",
    kind="initial", date=D(2027, 1, 21), time="10:00", tick=False, harm=["emotional"],
    children=[("Harry Senior", "2013-04-12")], adults=["Lisa Senior", "Gavin Senior"],
    criteria=["prior_unit_involvement"],
    container="pdf", attachment_name="SENIOR ICPC booking.pdf", doc_title="ICPC booking",
    subject="ICPC - SENIOR - 21/01/2027",
    from_name="Child Protection Conferences", from_addr="cpconferences@kirklees.gov.uk", to=TO["kirklees"],
    received=utc(2027, 1, 8, 12, 19),
    cover=["Please see the attached booking form."],
    signature="\nChild Protection Conference Team, Kirklees Council\n",
    blocks=[
        ("h", "ICPC BOOKING FORM"),
        ("kv", "Date", "21 January 2027"),
        ("kv", "Time", "10am"),
        ("kv", "Venue", "Civic Centre 3, Huddersfield"),
        ("kv", "Child", "Harry Senior, DOB 12/04/2013"),
        ("kv", "Mother", "Lisa Senior"),
        ("kv", "Step-father", "Gavin Senior"),
        ("kv", "Category", "Emotional"),
        ("kv", "Police attendance required", "No - written report please"),
        ("h", "Reason"),
        ("p", "Over the summer Harry stopped going to school and he now self-harms. He says he feels he is 'a "
              "burden' and that his mum and step-dad argue about money all the time."),
        ("p", "Mr Senior was convicted in 2016 of possessing indecent images of children. His notification period "
              "ended in the spring and he has not been subject to any requirement since April. He has lived with "
              "Lisa and Harry since 2022 and there have been no concerns about Harry's safety with him."),
    ],
    tags=["pdf-table", "relative-time", "rso-ended", "historical"],
    notes="the notification period 'ended in the spring': no longer a registered sex offender (history -> "
          "prior_unit_involvement only); Kirklees = Wakefield rules, no attend criterion, tick report -> report_only"))

# 129-05 Bradford ICPC: partner "still" on the register and "at ours most nights at the moment" -> attend
CASES.append(dict(
    layout=129, nn=5, district="bradford", district_tag="bradford", kind_tag="icpc", desc="still-on-register",
    kind="initial", date=D(2027, 2, 18), time="10:00", tick=True, harm=["sexual"],
    children=[("Jade Hollings", "2012-09-09"), ("Kieran Hollings", "2015-03-15")],
    adults=["Donna Hollings", "Martin Kelsall"], criteria=["registered_sex_offender"],
    container="alt",
    subject="Initial CPC - HOLLINGS - Thurs 18 Feb 2027",
    from_name="Bilal Hussain", from_addr="bilal.hussain@bradford.gov.uk", to=TO["bradford"],
    received=utc(2027, 2, 4, 15, 51),
    cover=["Dear colleague,", "", "Details of an initial conference are below."],
    blocks=[
        ("kv", "Conference", "Initial"),
        ("kv", "Date", "Thursday 18 February 2027"),
        ("kv", "Time", "10:00am"),
        ("kv", "Venue", "Keighley Town Hall"),
        ("kv", "Children", "Jade Hollings 09/09/2012, Kieran Hollings 15/03/2015"),
        ("kv", "Mother", "Donna Hollings"),
        ("kv", "Mother's partner", "Martin Kelsall"),
        ("kv", "Category", "Sexual (risk)"),
        ("kv", "Police attendance", "Yes please"),
        ("h", "Background"),
        ("p", "Martin has been on the register since 2020 and still is. His offender manager visits the flat he is "
              "meant to live at in Keighley, but Kieran told his teacher last week \"Martin's at ours most nights at "
              "the moment, he sleeps in Mum's room\"."),
        ("p", "Mum says they split up over the summer and denies he stays."),
    ],
    signature="\nBilal Hussain, Social Worker, Bradford Children's Social Care\n",
    tags=["outlook-alt", "relative-time", "rso-current"],
    notes="'still is' on the register and staying 'most nights at the moment': a registered sex offender "
          "associated with the household -> attend"))

# 129-06 Wakefield RCPC: "last Tuesday" arrest, "currently on bail" -> discuss; tick report
CASES.append(dict(
    layout=129, nn=6, district="wakefield", district_tag="wakefield", kind_tag="rcpc", desc="last-tuesday-arrest",
    kind="review", date=D(2027, 2, 23), time="13:30", tick=False, harm=["physical"],
    children=[("Amelia Gaunt", "2016-06-16")], adults=["Kirsty Gaunt", "Lee Gaunt"],
    criteria=["current_investigation"],
    container="plain",
    subject="Review Conference GAUNT 23.02.27 1.30pm",
    from_name="Shaun Pickles", from_addr="shaun.pickles@wakefield.gov.uk", to=TO["wakefield"],
    received=utc(2027, 2, 8, 10, 2),
    cover=["Hi CPPU,"],
    blocks=[
        ("kv", "Review CP conference", "23.02.27 at 1.30pm, Airedale Library"),
        ("kv", "Child", "Amelia Gaunt 16.06.16"),
        ("kv", "Parents", "Kirsty Gaunt and Lee Gaunt"),
        ("kv", "Category", "Physical"),
        ("kv", "Police", "report only needed"),
        ("blank",),
        ("p", "Over the summer things had been much better and we were looking at ending the plan."),
        ("p", "Last Tuesday Mr Gaunt was arrested after Amelia turned up at breakfast club with a bruised cheek and "
              "said Dad had hit her. He is currently on bail, living at his brother's, and the police are still "
              "making enquiries."),
    ],
    signature="\nShaun Pickles\nSW, Wakefield Council\n",
    tags=["plain-text", "relative-time", "unsafe-report-only"],
    notes="'last Tuesday' arrest and 'currently on bail' for hitting the child: current investigation -> review "
          "discuss, although the form says report only"))

# 129-07 Leeds ICPC cancelled: family moved "since Christmas"
CASES.append(dict(
    layout=129, nn=7, district="leeds", district_tag="leeds", kind_tag="icpc", desc="moved-since-christmas-cancelled",
    kind="initial", date=D(2027, 1, 11), time="10:00", tick=None, harm=["neglect"],
    children=[("Tia Marshall", "2021-05-05")], adults=["Leah Marshall"],
    criteria=[], manual=True, flags_required=["cancelled"], null_deadlines=True,
    flags_forbidden=["not_an_invitation", "unverified_sender", "encrypted_unreadable", "district_unknown", "rescheduled"],
    container="plain",
    subject="RE: ICPC Marshall Mon 11th Jan - CANCELLED",
    from_name="Nicola Briggs", from_addr="nicola.briggs@leeds.gov.uk", to=TO["leeds"],
    received=utc(2027, 1, 5, 9, 33),
    cover=["Hi all,"],
    blocks=[
        ("p", "Just to let you know the ICPC we set up for Tia Marshall (DOB 05/05/2021) on Monday 11th January at "
              "10am is cancelled. Mum, Leah Marshall, told us last week that she and Tia have been living with her "
              "aunt in Scarborough since Christmas, so North Yorkshire will be taking the case on."),
        ("p", "No new police involvement since the strategy discussion. Sorry for any inconvenience."),
    ],
    signature="\nNicola Briggs\nISU Business Support, Leeds City Council\n",
    tags=["plain-text", "relative-time", "cancellation"],
    notes="cancellation -> manual_review with 'cancelled'"))
