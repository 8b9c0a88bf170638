"""Layout 150: 'orders and protective measures' bookings - police protection vs court orders, bail, non-molestation, DA."""
from cases146_147 import WAKE_TO, LEEDS_TO, CALD_TO, KIRK_TO, SIG_WAKE, SIG_LEEDS, SIG_CALD


def orders_form(title, conf_kv, people, orders, story, police_now, tick, extra=()):
    blocks = [
        ("title", title),
        ("sub", "Booking form section 4: legal status, orders and protective measures"),
        ("kv", conf_kv),
        ("h", "People"),
        ("table", ["Name", "Date of birth", "Role"], people),
        ("h", "Orders and protective measures"),
        ("table", ["Order / measure", "Obtained by", "Date", "In force?"], orders),
        ("h", "What happened"),
    ]
    blocks += [("p", s) for s in story]
    blocks += [("h", "Police involvement now"), ("p", police_now)]
    blocks += list(extra)
    if tick is not None:
        blocks.append(("ticks", "Police", [("Attendance required", tick[0]), ("Written report sufficient", tick[1])]))
    return blocks


def layout150():
    cases = []
    # 150-01 Wakefield ICPC HTML: police protection then EPO; wilful neglect investigation; late notice -> attend
    blocks = orders_form(
        "Initial Child Protection Conference - Booking",
        [("Conference date", "15/12/2026"), ("Time", "10:00"), ("Venue", "Wakefield One, room 2.03"), ("Chair", "Sunita Lal"),
         ("Social worker", "Matthew Kaye"), ("Category", "Neglect")],
        [["Evie Stansfield", "12/02/2024", "Child"], ["Noah Stansfield", "30/06/2026", "Child"],
         ["Carly Stansfield", "09/09/2001", "Mother"], ["Liam Stansfield", "14/04/1999", "Father"]],
        [["Police protection (s46 Children Act 1989)", "West Yorkshire Police", "06/12/2026", "Ended 08/12/2026"],
         ["Emergency Protection Order (s44)", "Wakefield Council", "08/12/2026", "Yes, until 16/12/2026"]],
        ["On Sunday 6 December police exercised their powers of police protection after officers found Evie and Noah alone in a cold flat with their father asleep and unrousable. The local authority obtained an Emergency Protection Order on 8 December and the children are with foster carers."],
        "The Child Safeguarding Unit is investigating both parents for wilful neglect (child cruelty) and the investigation is active.",
        (True, False))
    cases.append(dict(
        n="150-01", dist="wakefield", kslug="icpc", desc="html-police-protection-then-epo-late",
        sender=("Matthew Kaye", "matthew.kaye@wakefield.gov.uk"), to=WAKE_TO,
        subject="URGENT ICPC STANSFIELD 15/12/2026",
        sent="2026-12-09 17:10", recv="2026-12-09 17:13",
        body=("htmlform", "Hi all,\n\nUrgent ICPC booking below - please accept our apologies for the short notice.", blocks,
              SIG_WAKE.format(n="Matthew Kaye")),
        attach=[],
        label=dict(kind="initial", pre_birth=False, date="2026-12-15", time="10:00", tick=True, harm=["neglect"],
                   children=[("Evie Stansfield", "2024-02-12"), ("Noah Stansfield", "2026-06-30")],
                   adults=["Carly Stansfield", "Liam Stansfield"],
                   criteria={"police_protection": "police exercised their powers of police protection after officers found Evie and Noah alone",
                             "wilful_neglect_investigation": "The Child Safeguarding Unit is investigating both parents for wilful neglect (child cruelty) and the investigation is active."},
                   decision="attend", tags=["html-body", "police-protection", "epo-after-pp", "wilful-neglect-active", "late-notice", "tick-attend"],
                   notes="the conference arises from police protection (W4), followed by an EPO, with an active wilful-neglect investigation (W3): attend; 4 WD notice -> late_notice")))

    # 150-02 Leeds ICPC PDF: EPO only, no police; chair may speak to the DI (not agreed); tick attend -> discuss
    blocks = orders_form(
        "Initial Child Protection Conference - Booking",
        [("Conference date", "Friday 11 December 2026"), ("Time", "10.30am"), ("Venue", "St James's University Hospital, seminar room 4"),
         ("Chair", "Daniel Oyelaran"), ("Social worker", "Hollie Marsh"), ("Category", "Neglect")],
        [["Ayaan Rahman", "18/11/2026", "Child"], ["Nadia Rahman", "04/04/1996", "Mother"], ["Faisal Rahman", "22/12/1992", "Father"]],
        [["Emergency Protection Order (s44)", "Leeds City Council", "02/12/2026", "Yes"],
         ["Police protection", "-", "-", "Not used"]],
        ["Ayaan was born withdrawing from opiates and both parents were repeatedly intoxicated on the ward. The local authority applied for and was granted an Emergency Protection Order on 2 December and Ayaan went from hospital to foster care.",
         "Police were not involved in the removal and there has been no police protection."],
        "There is no police investigation. The chair intends to speak to the CPPU DI before the conference about whether police should attend.",
        (True, False))
    cases.append(dict(
        n="150-02", dist="leeds", kslug="icpc", desc="pdf-epo-not-police-protection",
        sender=("Hollie Marsh", "hollie.marsh@leeds.gov.uk"), to=LEEDS_TO,
        subject="ICPC booking - RAHMAN (baby) - 11/12/2026",
        sent="2026-12-04 09:30", recv="2026-12-04 09:34",
        body=("plain", "Hi,\n\nBooking for Ayaan's ICPC attached." + SIG_LEEDS.format(n="Hollie Marsh")),
        attach=[("pdf", "ICPC booking RAHMAN.pdf", blocks, "Leeds City Council - Children and Families", "OFFICIAL-SENSITIVE")],
        label=dict(kind="initial", pre_birth=False, date="2026-12-11", time="10:30", tick=True, harm=["neglect"],
                   children=[("Ayaan Rahman", "2026-11-18")], adults=["Nadia Rahman", "Faisal Rahman"], criteria={},
                   decision="discuss", tags=["pdf-form", "epo-not-pp", "negotiation-intended-not-agreed", "tick-attend"],
                   notes="an EPO is a court order, not police protection; the chair only intends to speak to the DI (no agreement); the form asks for police: discuss")))

    # 150-03 Wakefield ICPC docx: non-molestation order (civil), no police; tick report -> report_only
    blocks = orders_form(
        "Initial Child Protection Conference - Booking",
        [("Conference date", "4 December 2026"), ("Time", "13:00"), ("Venue", "Ossett Family Hub"), ("Chair", "Gillian Roebuck"),
         ("Social worker", "Hafsa Mahmood"), ("Category", "Emotional abuse")],
        [["Lucas Ferreira-Hall", "08/08/2018", "Child"], ["Isla Ferreira-Hall", "17/05/2021", "Child"],
         ["Sarah Hall", "26/01/1990", "Mother"], ["Miguel Ferreira", "11/03/1987", "Father"]],
        [["Non-molestation order", "Ms Hall (family court, without notice)", "12/11/2026", "Yes, 12 months"],
         ["Occupation order", "Ms Hall (family court)", "12/11/2026", "Yes"],
         ["Child arrangements order", "-", "-", "Application pending"]],
        ["Ms Hall describes years of controlling behaviour and threats by Mr Ferreira; Lucas has told school that he hides under his bed when his dad shouts."],
        "Ms Hall has not reported the abuse to police and police have never been called to the address; there is no police involvement.",
        (False, True))
    cases.append(dict(
        n="150-03", dist="wakefield", kslug="icpc", desc="docx-non-molestation-civil-no-police",
        sender=("Lorraine Shaw", "lorraine.shaw@wakefield.gov.uk"), to=WAKE_TO,
        subject="ICPC FERREIRA-HALL 04/12/2026",
        sent="2026-11-26 10:20", recv="2026-11-26 10:24",
        body=("plain", "Good morning,\n\nPlease find the ICPC booking attached." + SIG_WAKE.format(n="Lorraine Shaw")),
        attach=[("docx", "ICPC booking FERREIRA-HALL.docx", blocks)],
        label=dict(kind="initial", pre_birth=False, date="2026-12-04", time="13:00", tick=False, harm=["emotional"],
                   children=[("Lucas Ferreira-Hall", "2018-08-08"), ("Isla Ferreira-Hall", "2021-05-17")],
                   adults=["Sarah Hall", "Miguel Ferreira"], criteria={},
                   decision="report_only", tags=["docx-table", "non-molestation-civil", "da-no-police", "tick-report"],
                   notes="serious DA but only civil orders and no police involvement: not W6; report-only tick: report_only")))

    # 150-04 Calderdale ICPC plain: charged, conditional bail, DASH high, MARAC, DA officer -> discuss
    blocks = orders_form(
        "Initial Child Protection Conference - Booking",
        [("Conference date", "Fri 29/01/2027"), ("Time", "10am"), ("Venue", "Northgate House, Halifax"), ("Chair", "Yvonne Pearson"),
         ("Social worker", "Lukasz Zielinski"), ("Category", "Emotional abuse")],
        [["Archie Wainwright", "03/03/2021", "Child"], ["Gemma Wainwright", "16/07/1995", "Mother"], ["Jamie Kershaw", "08/02/1993", "Father"]],
        [["Conditional police bail", "West Yorkshire Police", "17/01/2027", "Yes - not to contact Ms Wainwright or attend the address"],
         ["Non-molestation order", "-", "-", "Being considered"]],
        ["On 16 January Mr Kershaw strangled Ms Wainwright in the kitchen while Archie was in the next room; Archie ran to a neighbour."],
        "Mr Kershaw was charged with assault occasioning actual bodily harm on Ms Wainwright and released on conditional bail. The DASH was high risk, Ms Wainwright will be heard at MARAC on 28 January, and a police domestic abuse officer is in weekly contact with her.",
        None)
    plain_intro = "Hello,\n\nBooking details for Archie's ICPC. I've pasted the form in below as the attachment would not upload.\n\n"
    cases.append(dict(
        n="150-04", dist="calderdale", kslug="icpc", desc="body-plain-bail-marac-calderdale-discuss",
        sender=("Kelly Ambler", "kelly.ambler@calderdale.gov.uk"), to=CALD_TO,
        subject="ICPC WAINWRIGHT 29/01/2027",
        sent="2027-01-19 11:00", recv="2027-01-19 11:03",
        body=("plainform", plain_intro, blocks, SIG_CALD.format(n="Kelly Ambler")), attach=[],
        label=dict(kind="initial", pre_birth=False, date="2027-01-29", time="10:00", tick=None, harm=["emotional"],
                   children=[("Archie Wainwright", "2021-03-03")], adults=["Gemma Wainwright", "Jamie Kershaw"],
                   criteria={"domestic_abuse_current_involvement": "The DASH was high risk, Ms Wainwright will be heard at MARAC on 28 January, and a police domestic abuse officer is in weekly contact with her."},
                   decision="discuss", tags=["body-plain-form", "calderdale-only-rule", "domestic-abuse-bail-marac", "tick-absent"],
                   notes="serious DA with bail, MARAC and a DA officer: W6/L5, but not one of Calderdale's considerations: discuss; the assault investigation concerns the mother, not abuse of Archie")))

    # 150-05 Leeds review docx: police protection since last conference; partner 'PPO nominal' and MAPPA cat 1 -> discuss
    blocks = orders_form(
        "Review Child Protection Conference - Booking",
        [("Conference date", "19 January 2027"), ("Time", "10:00"), ("Venue", "Microsoft Teams"), ("Chair", "Farida Qureshi"),
         ("Social worker", "Daniel Asante"), ("Category", "Neglect"),
         ("Core group", "Social worker, nursery, health visitor, drug and alcohol service")],
        [["Bella Jagger", "27/10/2023", "Child"], ["Kelly Jagger", "01/06/1997", "Mother"], ["Ashley Crowther", "15/08/1989", "Mother's partner (visits most days)"]],
        [["Police protection (s46)", "West Yorkshire Police", "14/12/2026", "Ended 16/12/2026"],
         ["Section 20 accommodation", "Leeds City Council", "16/12/2026", "Ended 02/01/2027"]],
        ["Since the last conference, on 14 December police used their powers of police protection when Ms Jagger was found unconscious at home with Bella, then aged three, alone with her. Bella stayed with her maternal grandmother under section 20 until 2 January.",
         "Mr Crowther is a PPO nominal managed by the IOM team for burglary. He is also managed under MAPPA category 1 as a registered sex offender and has been visiting the home most days."],
        "No police officer is in the core group.",
        None)
    cases.append(dict(
        n="150-05", dist="leeds", kslug="rcpc", desc="docx-police-protection-since-review-ppo-nominal",
        sender=("Daniel Asante", "daniel.asante@leeds.gov.uk"), to=LEEDS_TO,
        subject="RCPC JAGGER 19/01/2027",
        sent="2027-01-04 10:45", recv="2027-01-04 10:49",
        body=("plain", "Hi,\n\nPlease see the attached booking for Bella's review." + SIG_LEEDS.format(n="Daniel Asante")),
        attach=[("docx", "RCPC booking JAGGER.docx", blocks)],
        label=dict(kind="review", pre_birth=False, date="2027-01-19", time="10:00", tick=None, harm=["neglect"],
                   children=[("Bella Jagger", "2023-10-27")], adults=["Kelly Jagger", "Ashley Crowther"],
                   criteria={"police_protection": "on 14 December police used their powers of police protection when Ms Jagger was found unconscious",
                             "registered_sex_offender": "He is also managed under MAPPA category 1 as a registered sex offender and has been visiting the home most days."},
                   decision="discuss", tags=["docx-table", "review", "police-protection-since-last", "ppo-nominal-trap", "mappa-cat-1", "police-not-core-group"],
                   notes="Leeds review: police protection and an RSO visitor since the last conference, police not in the core group: discuss; 'PPO nominal' is an offender label, not police protection")))

    # 150-06 Wakefield pre-birth ICPC PDF: hypothetical PP at birth; 'is a PPO'; chair-DI agreed -> attend, tick report -> conflict
    blocks = orders_form(
        "Pre-birth Initial Child Protection Conference - Booking",
        [("Conference date", "Thursday 21st January 2027"), ("Time", "2.00pm"), ("Venue", "Pinderfields Hospital, education centre room 6"),
         ("Chair", "Helen Ackroyd"), ("Social worker", "Owen Fairburn"), ("Category", "Neglect (risk of)"), ("EDD", "03/03/2027")],
        [["Unborn baby Okonkwo", "EDD 03/03/2027", "Unborn child"], ["Chiamaka Okonkwo", "19/12/2005", "Mother"],
         ["Dwayne Riley", "07/05/2003", "Father"]],
        [["Police protection", "-", "-", "None"], ["Child arrangements order", "-", "-", "None"]],
        ["Ms Okonkwo is 21 and was herself on a child protection plan as a teenager. Mr Riley is a PPO (prolific and priority offender) managed by the Integrated Offender Management team for acquisitive crime.",
         "Birth plan: if the parents try to leave hospital with the baby before the plan is agreed, police protection may have to be considered."],
        "Following a conversation between the chair, Helen Ackroyd, and DI Mark Simms on 12 January, it has been agreed that police will attend this conference because of the intelligence held about Mr Riley's associates.",
        (False, True))
    cases.append(dict(
        n="150-06", dist="wakefield", kslug="prebirth-icpc", desc="pdf-hypothetical-pp-ppo-offender-negotiated",
        sender=("Owen Fairburn", "owen.fairburn@wakefield.gov.uk"), to=WAKE_TO,
        subject="Pre-birth ICPC - OKONKWO - 21/01/2027",
        sent="2027-01-13 09:15", recv="2027-01-13 09:18",
        body=("plain", "Good morning,\n\nPlease find attached the booking for the pre-birth ICPC. The police box was filled in before the chair spoke to the DI." + SIG_WAKE.format(n="Owen Fairburn")),
        attach=[("pdf", "Pre-birth ICPC OKONKWO.pdf", blocks, "Wakefield Council - pre-birth conference booking", "OFFICIAL-SENSITIVE")],
        label=dict(kind="initial", pre_birth=True, date="2027-01-21", time="14:00", tick=False, harm=["neglect"],
                   children=[("Unborn baby Okonkwo", None)], adults=["Chiamaka Okonkwo", "Dwayne Riley"],
                   criteria={"negotiated_attendance": "it has been agreed that police will attend this conference"},
                   decision="attend", tags=["pdf-form", "pre-birth", "hypothetical-pp", "ppo-offender-trap", "negotiated", "tick-report"],
                   notes="pre-birth ICPC: police protection only hypothetical, 'is a PPO' is an offender label (IOM, not safeguarding-unit involvement); chair-DI agreement (W8): attend; tick says report -> tickbox_conflict")))

    # 150-07 Kirklees transfer-in: covering note only, the booking form PDF is truncated -> manual_review
    body = """Dear colleague,

We have accepted a transfer in from Lancashire for Kai Brierley (DOB 22/10/2017), who lives with his mother Stephanie Brierley. The transfer-in child protection conference will be held on Tuesday 26 January 2027 at 10.00am at Huddersfield Civic Centre.

Kai's stepfather, Owen Tate, remains on police bail (Lancashire Constabulary) for an assault on Kai and on Ms Brierley; his bail conditions prohibit any contact with either of them. Ms Brierley was heard at Lancashire MARAC in December and an IDVA and a Lancashire police domestic abuse officer are supporting her.

The booking form from Lancashire is attached.

Kind regards
Nasim Akhtar
Conference and Review Team, Kirklees Council
"""
    cases.append(dict(
        n="150-07", dist="kirklees", kslug="transfer-in", desc="covering-note-truncated-pdf",
        sender=("Nasim Akhtar", "nasim.akhtar@kirklees.gov.uk"), to=KIRK_TO,
        subject="Transfer in CPC - BRIERLEY - 26/01/2027",
        sent="2027-01-18 14:20", recv="2027-01-18 14:23",
        body=("plain", body),
        attach=[("broken-pdf", "Lancashire transfer booking BRIERLEY.pdf")],
        label=dict(kind="transfer_in", pre_birth=False, date="2027-01-26", time="10:00", tick=None, harm=None,
                   children=[("Kai Brierley", "2017-10-22")], adults=["Stephanie Brierley", "Owen Tate"],
                   criteria={"current_investigation": "remains on police bail (Lancashire Constabulary) for an assault on Kai",
                             "domestic_abuse_current_involvement": "an IDVA and a Lancashire police domestic abuse officer are supporting her"},
                   decision="manual_review", extra_req=["unreadable_attachment", "no_booking_form"],
                   tags=["body-plain", "transfer-in", "truncated-pdf", "covering-note-only", "bail-other-force"],
                   notes="the only booking form is a truncated PDF and the rest is a covering note: manual_review (unreadable_attachment + no_booking_form), although the note shows bail and DA involvement")))
    return cases
