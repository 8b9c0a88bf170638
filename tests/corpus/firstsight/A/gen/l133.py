"""Layout 133: a PDF booking form of the council's own design, with a two-line plain covering note."""
from common import D, MAILBOX

L = 133
X, O = "\u2612", "\u2610"


def c01():
    conf = "2026-12-08"
    plain = f"""Afternoon,

Transfer-in conference booking attached (PICKERING) - {D(conf, 'slash')} 11am.

Thanks
Gail Holroyd
SRU, Wakefield Council"""
    form = [
        ("title", "Safeguarding & Review Unit - Conference Booking"),
        ("sub", "Wakefield Council Children and Young People's Service. Return to sru.bookings@wakefield.gov.uk"),
        ("h", "A. About the conference"),
        ("kv", [("Sort of conference", "Transfer in (from Lincolnshire County Council)"),
                ("Booked for", f"{D(conf, 'slash')}  11:00"), ("Venue", "Ossett Town Hall, Meeting Room 1"),
                ("Chair", "Joanne Pearce")]),
        ("h", "B. Child(ren)"),
        ("table", ["Name", "Date of birth", "Home address"], [["Zac Pickering", "17/04/2022", "Ossett (since 06/11/2026)"]], [150, 110, 235]),
        ("h", "C. Grown-ups in the household"),
        ("table", ["Name", "Relationship to child"], [["Courtney Pickering", "Mother"], ["Jordan Ibbotson", "Mother's partner"]], [200, 295]),
        ("h", "D. Circumstances"),
        ("p", "Zac has been on a plan with Lincolnshire since October (physical abuse) after he was taken to Pilgrim Hospital, Boston, with a spiral fracture of the left arm that doctors say was not accidental. "
              "Lincolnshire Police's child abuse team are still investigating: Mr Ibbotson was questioned under caution on 21 October and remains on pre-charge bail to 21 January with a condition not to be alone with Zac. The family moved to Ossett on 6 November."),
        ("p", "The chair (Joanne Pearce) and DI Lorraine Fox at Normanton have agreed that a Wakefield officer should attend so the Lincolnshire investigation can be shared with the new core group."),
        ("tick", "E. West Yorkshire Police", f"{X} Officer present     {O} Written report"),
    ]
    return dict(n=1, slug="wakefield-transfer-in-pdf-other-force-bail", district="wakefield",
                from_name="Gail Holroyd", from_addr="gail.holroyd@wakefield.gov.uk",
                subject="Transfer in conference - PICKERING", received="2026-11-23T15:00",
                plain=plain, pdf=(form, "Booking PICKERING.pdf", "Conference booking", "SRU booking form v4 - OFFICIAL-SENSITIVE when complete"),
                label=dict(kind="transfer_in", pre_birth=False, date=conf, time="11:00", tick=True, harm=["physical"],
                           children=[("Zac Pickering", "2022-04-17")], adults=["Courtney Pickering", "Jordan Ibbotson"],
                           criteria=["current_investigation", "negotiated_attendance"], decision="attend",
                           evidence={"current_investigation": "Lincolnshire Police's child abuse team are still investigating",
                                     "negotiated_attendance": "The chair (Joanne Pearce) and DI Lorraine Fox at Normanton have agreed that a Wakefield officer should attend"},
                           tags=["pdf-form", "transfer-in", "other-force", "chair-di-agreed", "tick-attend"],
                           why="transfer-in counts as initial; another force's open investigation (bail) still counts; chair and DI agreed"))


def c02():
    conf = "2026-12-23"
    plain = f"""Hi, conference request attached for the Ward children. Sorry it's so close to Christmas - chair is Hanif Qureshi.

Lorraine Cawood
Integrated Safeguarding Unit
Leeds City Council"""
    form = [
        ("title", "LEEDS CITY COUNCIL - CP CONFERENCE REQUEST"),
        ("sub", "Integrated Safeguarding Unit, Merrion House"),
        ("kv", [("Initial or review?", "Initial"), ("Conference day", D(conf, "long")), ("Start time", "10.00am"),
                ("Location", "Merrion House, Room 3 / Teams")]),
        ("h", "Children named in the request"),
        ("table", ["Child", "DOB", "Gender"], [["Jayden Ward", "08/11/2019", "M"], ["Skye Ward", "14/02/2023", "F"]], [220, 150, 125]),
        ("h", "Parent / carer"),
        ("kv", [("Mother", "Leanne Ward"), ("Father(s)", "Not known / not involved")]),
        ("h", "Concerns in brief"),
        ("p", "On 7 December a police officer doing a welfare check found Jayden (7) and Skye (22 months) at home on their own at 11pm. There was no electricity, nappies were piled in the bath and Skye's cot was soaked with urine. Ms Ward had gone out drinking."),
        ("p", "The police child protection unit are investigating Ms Ward for child cruelty by neglect; she was interviewed under caution on 10 December and that investigation is ongoing."),
        ("kv", [("Category", "Neglect")]),
        ("tick", "Police response requested", f"{O} Attend     {X} Report only"),
    ]
    return dict(n=2, slug="leeds-icpc-pdf-neglect-crime-enquiry-short-notice", district="leeds",
                from_name="Lorraine Cawood", from_addr="lorraine.cawood@leeds.gov.uk",
                subject="CP conference request - WARD - 23 December", received="2026-12-17T16:00",
                plain=plain, pdf=(form, "WARD conference request.pdf", "CP conference request", "Leeds ISU - CPC request form - page footer"),
                label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick=False, harm=["neglect"],
                           children=[("Jayden Ward", "2019-11-08"), ("Skye Ward", "2023-02-14")], adults=["Leanne Ward"],
                           criteria=["wilful_neglect_investigation"], decision="attend",
                           evidence={"wilful_neglect_investigation": "The police child protection unit are investigating Ms Ward for child cruelty by neglect"},
                           tags=["pdf-form", "cruelty-by-neglect", "late-notice", "tick-report", "tickbox-conflict"],
                           why="police investigating the mother for child cruelty (wilful neglect) now; 4 working days' notice in Leeds; 'report only' ticked = conflict"))


def c03():
    conf = "2027-01-28"
    plain = f"""Dear colleague

RE: AMBER HIRST AND RIO HIRST-BAILEY

Please find attached the notice of an initial child protection conference. Reports to CP Administration by secure email.

Regards
Karen Dobson
Child Protection Administration, Calderdale Council"""
    form = [
        ("title", "Calderdale Children and Young People's Services"),
        ("sub", "Notice of Child Protection Conference"),
        ("kv", [("Conference", "Initial"), ("On", f"{D(conf, 'longo')} at 10am"), ("At", "Northgate House, Halifax (Room 1)"),
                ("Chair", "Yvonne Pearson")]),
        ("h", "Child details"),
        ("table", ["Name", "Born", "Lives with"], [["Amber Hirst", "03/12/2010", "Mother and Wayne Bailey"],
                                                 ["Rio Hirst-Bailey", "29/04/2015", "Mother and father"]], [165, 110, 220]),
        ("h", "Adult details"),
        ("table", ["Name", "Relationship"], [["Donna Hirst", "Mother of both"], ["Wayne Bailey", "Father of Rio; stepfather to Amber"]], [200, 295]),
        ("h", "Summary of concerns"),
        ("p", "Wayne has been assaulting Donna regularly; the last incident, on 9 January, broke her nose. She was judged to be at high risk and her case went to MARAC on 14 January. A police domestic abuse officer is now her named contact and Wayne is on police bail not to return to the address."),
        ("p", "Separately, Amber (16) has been staying out with a 27-year-old man she met online who gives her cannabis and money. The police exploitation team consider her at risk of sexual exploitation and she has been referred to the Risk and Vulnerability panel."),
        ("kv", [("Category", "Emotional abuse")]),
        ("tick", "Police", f"{O} To attend     {O} Report only"),
    ]
    return dict(n=3, slug="calderdale-icpc-pdf-da-and-exploitation-neither-box", district="calderdale",
                from_name="Karen Dobson", from_addr="karen.dobson@calderdale.gov.uk",
                subject="Notice of ICPC - HIRST / HIRST-BAILEY", received="2027-01-19T10:00",
                plain=plain, pdf=(form, "ICPC notice HIRST.pdf", "Notice of CPC", "Calderdale CP Administration - OFFICIAL-SENSITIVE"),
                label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick="neither", harm=["emotional"],
                           children=[("Amber Hirst", "2010-12-03"), ("Rio Hirst-Bailey", "2015-04-29")], adults=["Donna Hirst", "Wayne Bailey"],
                           criteria=["domestic_abuse_current_involvement", "child_sexual_exploitation"], decision="discuss",
                           evidence={"domestic_abuse_current_involvement": "her case went to MARAC on 14 January. A police domestic abuse officer is now her named contact",
                                     "child_sexual_exploitation": "The police exploitation team consider her at risk of sexual exploitation"},
                           tags=["pdf-form", "da-current", "cse", "tick-neither"],
                           why="Calderdale: DA and CSE are not attend items, so discuss; bail is for the assault on mother (not abuse of the child); neither box marked"))


def c04():
    conf = "2026-12-11"
    plain = f"""Good morning, please see attached booking (BEGUM) - ICPC Friday 11th December, 1pm.

Kind regards
Gail Holroyd
SRU, Wakefield Council"""
    form = [
        ("title", "Safeguarding & Review Unit - Conference Booking"),
        ("sub", "Wakefield Council Children and Young People's Service. Return to sru.bookings@wakefield.gov.uk"),
        ("h", "A. About the conference"),
        ("kv", [("Sort of conference", "Initial"), ("Booked for", f"{D(conf, 'slash')}  13:00"), ("Venue", "Wakefield One, Room 2.14"),
                ("Chair", "Simon Ashworth")]),
        ("h", "B. Child(ren)"),
        ("table", ["Name", "Date of birth", "Home address"], [["Amira Begum", "30/08/2012", "Eastmoor, Wakefield"]], [150, 110, 235]),
        ("h", "C. Grown-ups in the household"),
        ("table", ["Name", "Relationship to child"], [["Rukhsana Begum", "Mother"], ["Shahid Hussain", "Mother's husband (stepfather)"]], [200, 295]),
        ("h", "D. Circumstances"),
        ("p", "Amira has been cutting her arms and says her stepfather calls her names, tells her she isn't wanted and locks her out of the house. She refuses to go home some nights and stays with a friend's family."),
        ("p", "In 2024 there were worries about older boys contacting her online. An exploitation screening was done at the time; it found no concern and was closed. Her school friend is open to the exploitation team, but nothing suggests Amira is involved."),
        ("p", "No police involvement with this family. If anything new comes up before the conference the chair may ask to speak to the DI."),
        ("kv", [("Category", "Emotional abuse")]),
        ("tick", "E. West Yorkshire Police", f"{O} Officer present     {X} Written report"),
    ]
    return dict(n=4, slug="wakefield-icpc-pdf-old-screening-friend-report", district="wakefield",
                from_name="Gail Holroyd", from_addr="gail.holroyd@wakefield.gov.uk",
                subject="ICPC booking - BEGUM - 11/12/2026", received="2026-12-02T09:00",
                plain=plain, pdf=(form, "Booking BEGUM.pdf", "Conference booking", "SRU booking form v4 - OFFICIAL-SENSITIVE when complete"),
                label=dict(kind="initial", pre_birth=False, date=conf, time="13:00", tick=False, harm=["emotional"],
                           children=[("Amira Begum", "2012-08-30")], adults=["Rukhsana Begum", "Shahid Hussain"],
                           criteria=[], decision="report_only", evidence={},
                           tags=["pdf-form", "cse-closed-history", "other-child", "negotiation-hypothetical", "tick-report"],
                           why="exploitation screening closed with no concern, the friend is another child, chair-DI talk is only 'if'; written report ticked"))


def c05():
    conf = "2026-12-22"
    plain = f"""Hello,

Please find our conference invitation for Noah Firth attached - {D(conf, 'long')} at 10am.

Thank you
Rebecca Senior
Child Protection Conference Team, Kirklees Council"""
    form = [
        ("title", "Kirklees Council - Child Protection Conference Invitation"),
        ("sub", "Strengthening Families conference - Conference Team, Civic Centre 3, Huddersfield"),
        ("kv", [("Type", "Initial"), ("Date & time", f"{D(conf, 'dmy')}, 10:00"), ("Venue", "Civic Centre 3, Huddersfield"),
                ("Chair", "Andrew Bamforth")]),
        ("h", "Family"),
        ("table", ["Name", "DOB", "Relationship"], [["Noah Firth", "19/01/2021", "Child"], ["Chloe Firth", "", "Mother"],
                                                   ["Jake Holroyd", "", "Father"]], [200, 110, 185]),
        ("h", "Danger / harm statement"),
        ("p", "Noah (5) arrived at nursery with a burn across the back of his hand. His parents say he touched the oven door. The paediatrician could not rule out a deliberate injury."),
        ("p", "Strategy discussion on 8 December: police decided not to investigate as the medical opinion is inconclusive, and the enquiries have been carried out by children's social care alone."),
        ("h", "Complicating factors"),
        ("p", "Neither parent is known to the police. No domestic abuse has been reported. No-one on the sex offender register is known to visit the home. No concerns about exploitation."),
        ("kv", [("Category", "Physical abuse")]),
        ("tick", "Police attendance needed?", f"{X} Yes     {O} No"),
    ]
    return dict(n=5, slug="kirklees-icpc-pdf-all-negated-police-asked", district="kirklees",
                from_name="Rebecca Senior", from_addr="rebecca.senior@kirklees.gov.uk",
                subject="Conference invitation - FIRTH - 22/12/2026", received="2026-12-14T11:00",
                plain=plain, pdf=(form, "Invitation FIRTH.pdf", "CPC invitation", "Kirklees Conference Team"),
                label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick=True, harm=["physical"],
                           children=[("Noah Firth", "2021-01-19")], adults=["Chloe Firth", "Jake Holroyd"],
                           criteria=[], decision="discuss", evidence={},
                           tags=["pdf-form", "kirklees", "police-declined", "all-negated", "tick-attend"],
                           why="police declined to investigate; every police factor negated; the form asks for police: discuss (Wakefield rules)"))


def c06():
    conf = "2027-02-05"
    plain = f"""Hi,

Pre-birth conference request attached - Kaczmarek, {D(conf, 'noyear')} 10am, Teams.

Thanks
Lorraine Cawood
Integrated Safeguarding Unit, Leeds City Council"""
    form = [
        ("title", "LEEDS CITY COUNCIL - CP CONFERENCE REQUEST"),
        ("sub", "Integrated Safeguarding Unit, Merrion House"),
        ("kv", [("Initial or review?", "Initial - pre-birth"), ("Conference day", D(conf, "long")), ("Start time", "10.00am"),
                ("Location", "Microsoft Teams")]),
        ("h", "Children named in the request"),
        ("table", ["Child", "DOB", "Gender"], [["Baby Kaczmarek (unborn)", "EDD 02/04/2027", "-"], ["Maja Kaczmarek", "10/10/2024", "F"]], [220, 150, 125]),
        ("h", "Parent / carer"),
        ("kv", [("Mother", "Ewa Kaczmarek"), ("Father(s)", "Liam Dobson")]),
        ("h", "Concerns in brief"),
        ("p", "Liam was investigated by police in 2025 for shaking Maja when she was a few weeks old; it ended with no further action because the medical evidence could not say who caused the injury."),
        ("p", "Since then things have got steadily worse. He moved back in with Ewa in December against the written agreement, neighbours have rung us four times this month about screaming, and on 20 January Liam punched a hole in a door next to Maja's highchair. Ewa is 30 weeks pregnant."),
        ("kv", [("Category", "Physical abuse")]),
        ("tick", "Police response requested", f"{X} Attend     {X} Report only"),
    ]
    return dict(n=6, slug="leeds-prebirth-icpc-pdf-worse-since-nfa-both-boxes", district="leeds",
                from_name="Lorraine Cawood", from_addr="lorraine.cawood@leeds.gov.uk",
                subject="Pre-birth CP conference request - KACZMAREK", received="2027-01-26T10:00",
                plain=plain, pdf=(form, "KACZMAREK conference request.pdf", "CP conference request", "Leeds ISU - CPC request form - page footer"),
                label=dict(kind="initial", pre_birth=True, date=conf, time="10:00", tick="both", harm=["physical"],
                           children=[("Baby Kaczmarek", None), ("Maja Kaczmarek", "2024-10-10")], adults=["Ewa Kaczmarek", "Liam Dobson"],
                           criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
                           evidence={"previous_investigation_escalation": "Since then things have got steadily worse.",
                                     "prior_unit_involvement": "Liam was investigated by police in 2025 for shaking Maja when she was a few weeks old"},
                           tags=["pdf-form", "pre-birth", "nfa-then-escalation", "tick-both"],
                           why="closed 2025 investigation plus clear escalation since (back home, violence near the toddler): Leeds item 2; both boxes ticked"))


def c07():
    conf = "2026-12-21"
    plain = f"""Dear Sir/Madam

Please see attached notice of an initial child protection conference for Harvey Crossley on {D(conf, 'long')} at 2pm.

Regards
Child Protection Administration"""
    form = [
        ("title", "Calderdale Children and Young People's Services"),
        ("sub", "Notice of Child Protection Conference"),
        ("kv", [("Conference", "Initial"), ("On", f"{D(conf, 'longo')} at 2pm"), ("At", "Northgate House, Halifax"), ("Chair", "Yvonne Pearson")]),
        ("h", "Child details"),
        ("table", ["Name", "Born", "Lives with"], [["Harvey Crossley", "06/06/2016", "Mother and her partner"]], [165, 110, 220]),
        ("h", "Adult details"),
        ("table", ["Name", "Relationship"], [["Jade Crossley", "Mother"], ["Scott Midgley", "Mother's partner"]], [200, 295]),
        ("h", "Summary of concerns"),
        ("p", "Harvey came to school with a black eye and said Scott punched him. Police are investigating Mr Midgley; he was arrested on 5 December and released on bail."),
        ("kv", [("Category", "Physical abuse")]),
        ("tick", "Police", f"{X} To attend     {O} Report only"),
    ]
    return dict(n=7, slug="lookalike-calderdale-icpc-pdf-unverified", district=None,
                from_name="Child Protection Administration", from_addr="cp.admin@calderdale-gov.co.uk",
                subject="Notice of ICPC - CROSSLEY", received="2026-12-10T13:00", verified=False,
                to=MAILBOX["calderdale"],
                plain=plain, pdf=(form, "ICPC notice CROSSLEY.pdf", "Notice of CPC", "Calderdale CP Administration - OFFICIAL-SENSITIVE"),
                label=dict(kind="initial", pre_birth=False, date=conf, time="14:00", tick=True, harm=["physical"],
                           children=[("Harvey Crossley", "2016-06-06")], adults=["Jade Crossley", "Scott Midgley"],
                           criteria=["current_investigation"], decision="manual_review", manual="unverified",
                           evidence={"current_investigation": "Police are investigating Mr Midgley; he was arrested on 5 December and released on bail."},
                           tags=["pdf-form", "lookalike-domain", "unverified-sender"],
                           why="sender domain calderdale-gov.co.uk is not Calderdale's: manual review whatever the content"))


CASES = [c01(), c02(), c03(), c04(), c05(), c06(), c07()]
for _c in CASES:
    _c["layout"] = L
    _c.setdefault("to", MAILBOX.get(_c["district"]))
