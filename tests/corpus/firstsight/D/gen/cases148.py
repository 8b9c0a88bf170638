"""Layout 148: question-led 'case summary' bookings - a previous investigation with or without escalation."""
from cases146_147 import WAKE_TO, LEEDS_TO, CALD_TO, BRAD_TO, SIG_WAKE, SIG_LEEDS, SIG_CALD


def qform(title, conf_kv, family, why, before, changed, now, ask, ask_tick=None):
    blocks = [
        ("title", title),
        ("kv", conf_kv),
        ("h", "Who is in the family?"),
        ("table", ["Name", "Date of birth", "Relationship"], family),
        ("h", "Why are we holding a conference?"),
        ("p", why),
        ("h", "Has this family been known to police before?"),
        ("p", before),
        ("h", "What has changed recently?"),
        ("p", changed),
        ("h", "Where are police now?"),
        ("p", now),
        ("h", "What are we asking of police?"),
    ]
    if ask:
        blocks.append(("p", ask))
    if ask_tick is not None:
        blocks.append(("ticks", "Police", [("Attend the conference", ask_tick[0]), ("Written report only", ask_tick[1])]))
    return blocks


def layout148():
    cases = []
    # 148-01 Wakefield ICPC plain: old NFA + escalating injuries -> attend
    blocks = qform(
        "Conference booking - case summary",
        [("Conference", "Initial Child Protection Conference"), ("When", "Tuesday 8 December 2026, 10am"),
         ("Where", "Wakefield One, Burton Street"), ("Chair", "Sunita Lal"), ("Social worker", "Hafsa Mahmood"),
         ("Category", "Physical abuse")],
        [["Riley Sugden", "02/10/2023", "Child"], ["Kirsty Sugden", "17/01/2000", "Mother"],
         ["Craig Marsden", "25/12/1996", "Mother's partner"]],
        "Repeated bruising to Riley, now three years old, with explanations that do not fit the injuries.",
        "Yes. In April 2025 Riley had a fractured wrist at 18 months old. The Wakefield Child Safeguarding Unit investigated Mr Marsden and the investigation was closed with no further action in July 2025.",
        "Since October nursery have recorded bruising to Riley's face and ears on four occasions, each one worse than the last, and on 26 November Riley told his key worker 'Craig hurt me'. The risk to Riley is clearly escalating.",
        "A strategy discussion was held with police on 27 November. Police have not yet decided whether to reopen the earlier investigation and no arrest has been made.",
        "The social worker has asked for police to attend.", (True, False))
    text = "Hello,\n\nBooking details for Riley's ICPC are below (copied from our case summary).\n\n"
    cases.append(dict(
        n="148-01", dist="wakefield", kslug="icpc", desc="body-plain-previous-nfa-escalating",
        sender=("Lorraine Shaw", "lorraine.shaw@wakefield.gov.uk"), to=WAKE_TO,
        subject="ICPC booking - SUGDEN - Tue 08/12/2026",
        sent="2026-12-01 13:05", recv="2026-12-01 13:08",
        body=("plainform", text, blocks, SIG_WAKE.format(n="Lorraine Shaw")), attach=[],
        label=dict(kind="initial", pre_birth=False, date="2026-12-08", time="10:00", tick=True, harm=["physical"],
                   children=[("Riley Sugden", "2023-10-02")], adults=["Kirsty Sugden", "Craig Marsden"],
                   criteria={"previous_investigation_escalation": "each one worse than the last, and on 26 November Riley told his key worker 'Craig hurt me'. The risk to Riley is clearly escalating.",
                             "prior_unit_involvement": "The Wakefield Child Safeguarding Unit investigated Mr Marsden and the investigation was closed with no further action in July 2025."},
                   decision="attend", tags=["body-plain-form", "previous-investigation", "escalation", "strategy-discussion-not-investigation", "tick-attend"],
                   notes="a closed 2025 investigation plus clearly escalating injuries and a disclosure (W2): attend; the strategy discussion is not an investigation")))

    # 148-02 Leeds ICPC docx: 2023 sexual abuse NFA, uncle moved back, further disclosure, chair + DI agreed -> attend
    blocks = qform(
        "Initial Child Protection Conference - booking summary",
        [("Date", "17/12/2026"), ("Time", "11:00"), ("Venue", "Kirkgate Family Hub, Leeds"), ("Chair", "Farida Qureshi"),
         ("Social worker", "Daniel Asante"), ("Category", "Sexual abuse")],
        [["Sofia Marinescu", "06/02/2017", "Child"], ["Elena Marinescu", "29/11/1990", "Mother"],
         ["Andrei Marinescu", "12/04/1988", "Father"], ["Bogdan Marinescu", "03/08/1993", "Paternal uncle (household)"]],
        "Sofia has again described being touched by her uncle, who has moved back into the family home against the safety plan.",
        "In 2023 Leeds CPPU investigated Sofia's allegation that her paternal uncle, Bogdan Marinescu, had sexually abused her. The case was closed NFA and the family agreed that he would not live at the house.",
        "Mr Bogdan Marinescu moved back into the home in November. On 3 December Sofia made a further disclosure to her class teacher. The school, the social worker and the chair all see the risk as escalating.",
        "Police have been informed of the new disclosure and will decide whether to reopen the case.",
        "The chair, Ms Qureshi, discussed this case with DI Hebden of the CPPU on 7 December and it was agreed that police will attend the conference.")
    cases.append(dict(
        n="148-02", dist="leeds", kslug="icpc", desc="docx-previous-sexual-abuse-uncle-returned-negotiated",
        sender=("Daniel Asante", "daniel.asante@leeds.gov.uk"), to=LEEDS_TO,
        subject="ICPC MARINESCU 17/12/2026",
        sent="2026-12-08 15:40", recv="2026-12-08 15:44",
        body=("plain", "Hi,\n\nPlease see the booking summary for Sofia's conference attached." + SIG_LEEDS.format(n="Daniel Asante")),
        attach=[("docx", "Booking summary MARINESCU.docx", blocks)],
        label=dict(kind="initial", pre_birth=False, date="2026-12-17", time="11:00", tick=None, harm=["sexual"],
                   children=[("Sofia Marinescu", "2017-02-06")],
                   adults=["Elena Marinescu", "Andrei Marinescu", "Bogdan Marinescu"],
                   criteria={"previous_investigation_escalation": "Mr Bogdan Marinescu moved back into the home in November. On 3 December Sofia made a further disclosure to her class teacher.",
                             "prior_unit_involvement": "In 2023 Leeds CPPU investigated Sofia's allegation that her paternal uncle, Bogdan Marinescu, had sexually abused her.",
                             "negotiated_attendance": "discussed this case with DI Hebden of the CPPU on 7 December and it was agreed that police will attend the conference"},
                   decision="attend", tags=["docx-table", "previous-investigation", "escalation", "perpetrator-returned", "negotiated"],
                   notes="past NFA'd sexual-abuse investigation, the alleged abuser back in the home and a new disclosure (L2), and chair-DI agreement (L7): attend")))

    # 148-03 Wakefield ICPC PDF: old NFA, nothing new, neglect; late notice, deadline passed; held in gateway over weekend
    blocks = qform(
        "Conference booking - case summary",
        [("Conference", "ICPC"), ("Date", "20/01/2027"), ("Time", "09:30"), ("Venue", "Airedale Family Hub"),
         ("Chair", "Simon Ingham"), ("Social worker", "Bethany Holt"), ("Category", "Neglect")],
        [["Harley Dobson", "10/10/2020", "Child"], ["Lily Dobson", "27/03/2022", "Child"], ["Amy Dobson", "05/12/1998", "Mother"]],
        "Long-standing neglect: the home has no beds for the children, the children are often hungry and both have untreated dental decay.",
        "In 2021 police investigated an allegation that Ms Dobson's former partner had hit Harley; it ended with no further action and he has had no contact since. The family were heard at MARAC in 2018, before the children were born.",
        "No new allegations of abuse have been made. The concerns are about neglect, which has not improved under the Child in Need plan.",
        "Police advised at the strategy discussion that the threshold for a wilful neglect investigation is not met, and there is no police investigation.",
        "", (False, True))
    cases.append(dict(
        n="148-03", dist="wakefield", kslug="icpc", desc="pdf-closed-matter-neglect-late-deadline-passed",
        sender=("Rachel Fawcett", "rachel.fawcett@wakefield.gov.uk"), to=WAKE_TO,
        subject="ICPC DOBSON 20.01.27",
        sent="2027-01-15 17:40", recv="2027-01-18 08:05",
        body=("plain", "Apologies for the late booking - the chair could only offer the 20th.\n\nForm attached." + SIG_WAKE.format(n="Rachel Fawcett")),
        attach=[("pdf", "ICPC DOBSON.pdf", blocks, "Wakefield Council - conference booking summary", "OFFICIAL-SENSITIVE")],
        label=dict(kind="initial", pre_birth=False, date="2027-01-20", time="09:30", tick=False, harm=["neglect"],
                   children=[("Harley Dobson", "2020-10-10"), ("Lily Dobson", "2022-03-27")], adults=["Amy Dobson"],
                   criteria={"prior_unit_involvement": "In 2021 police investigated an allegation that Ms Dobson's former partner had hit Harley; it ended with no further action"},
                   decision="report_only", tags=["pdf-form", "closed-matter", "category-neglect-not-wilful", "historic-marac", "late-notice", "deadline-passed", "received-after-weekend"],
                   notes="sent Friday evening, received Monday (newest Received header): 2 WD notice and the report due date (Fri 15 Jan) already passed; old NFA, historic MARAC, wilful-neglect threshold not met: report_only")))

    # 148-04 Calderdale ICPC HTML: 2019 police protection and caution, nothing new -> attend (prior involvement)
    blocks = qform(
        "Conference booking - case summary",
        [("Conference", "Initial CPC"), ("Date", "Thursday 28 January 2027"), ("Time", "10:00"), ("Venue", "Northgate House, Halifax"),
         ("Chair", "Yvonne Pearson"), ("Social worker", "Nicola Bottomley"), ("Category", "Emotional abuse")],
        [["Ebony Walsh-Mensah", "30/11/2013", "Child"], ["Tracey Walsh", "22/02/1984", "Mother"],
         ["Kwame Mensah", "07/07/1979", "Father"]],
        "Ebony is self-harming and says she cannot cope with her mother's low mood and the arguments at home.",
        "Yes. In June 2019 Ebony and her brother were placed in police protection after their father was found drunk in charge of them, and the Calderdale Safeguarding Unit investigated Mr Mensah, who accepted a caution.",
        "Nothing new has come to light about Mr Mensah, who now has supervised contact only.",
        "There is no current police involvement.", "", None)
    cases.append(dict(
        n="148-04", dist="calderdale", kslug="icpc", desc="html-historic-pp-and-caution-calderdale-attend",
        sender=("Sharon Pickles", "sharon.pickles@calderdale.gov.uk"), to=CALD_TO,
        subject="ICPC WALSH-MENSAH 28/01/2027",
        sent="2027-01-14 10:10", recv="2027-01-14 10:13",
        body=("htmlform", "Good morning,\n\nPlease see the booking summary for Ebony below.", blocks, SIG_CALD.format(n="Sharon Pickles")),
        attach=[],
        label=dict(kind="initial", pre_birth=False, date="2027-01-28", time="10:00", tick=None, harm=["emotional"],
                   children=[("Ebony Walsh-Mensah", "2013-11-30")], adults=["Tracey Walsh", "Kwame Mensah"],
                   criteria={"prior_unit_involvement": "the Calderdale Safeguarding Unit investigated Mr Mensah, who accepted a caution"},
                   decision="attend", tags=["html-body", "calderdale-only-rule", "historic-police-protection", "no-escalation", "tick-absent"],
                   notes="police protection in 2019 is history, not W4; but Calderdale's previous significant involvement makes it attend")))

    # 148-05 Bradford transfer-in docx: father RUI in Lancashire -> attend (Wakefield rules), tick report -> conflict
    blocks = qform(
        "Transfer-in Child Protection Conference - case summary",
        [("Conference", "Transfer-in conference (from Lancashire County Council)"), ("Date", "Wed 27 January 2027"),
         ("Time", "10.00"), ("Venue", "Margaret McMillan Tower, Bradford"), ("Chair", "Helen Ackroyd-Shaw"),
         ("Social worker", "Zainab Iqbal"), ("Category", "Physical abuse")],
        [["Oscar Pilling", "16/06/2019", "Child"], ["Hannah Pilling", "10/02/1991", "Mother"], ["Wayne Pilling", "01/09/1989", "Father"]],
        "Oscar has been on a child protection plan in Lancashire since September 2026; the family moved to Keighley in December.",
        "Not to West Yorkshire Police.",
        "The family moved areas shortly after the Lancashire review; Mr Pilling's contact is supervised by Ms Pilling's sister.",
        "Mr Pilling was arrested on 14 August 2026 on suspicion of assaulting Oscar and was released under investigation. Lancashire Constabulary confirm that he remains under investigation.",
        "", (False, True))
    cases.append(dict(
        n="148-05", dist="bradford", kslug="transfer-in", desc="docx-rui-other-force-tick-report",
        sender=("Zainab Iqbal", "zainab.iqbal@bradford.gov.uk"), to=BRAD_TO,
        subject="Transfer in CPC - PILLING - 27/01/2027",
        sent="2027-01-20 12:15", recv="2027-01-20 12:18",
        body=("plain", "Hello,\n\nTransfer-in conference summary for Oscar attached. Lancashire's paperwork follows separately.\n\nZainab Iqbal\nSocial Worker | Bradford Children's Social Care\n"),
        attach=[("docx", "Transfer in summary PILLING.docx", blocks)],
        label=dict(kind="transfer_in", pre_birth=False, date="2027-01-27", time="10:00", tick=False, harm=["physical"],
                   children=[("Oscar Pilling", "2019-06-16")], adults=["Hannah Pilling", "Wayne Pilling"],
                   criteria={"current_investigation": "was released under investigation. Lancashire Constabulary confirm that he remains under investigation."},
                   decision="attend", tags=["docx-table", "bradford-wakefield-rules", "transfer-in", "rui-open", "other-force", "tick-report"],
                   notes="RUI keeps the investigation open even in another force; transfer-in counts as initial; Bradford uses the Wakefield rules: attend with tickbox_conflict")))

    # 148-06 Leeds ICPC plain: assault NFA'd + now active wilful neglect investigation -> attend
    blocks = qform(
        "ICPC booking summary",
        [("Conference", "Initial CPC"), ("Date", "Mon 30th Nov 2026"), ("Time", "1.30pm"), ("Venue", "Microsoft Teams"),
         ("Chair", "Rebecca Tordoff"), ("Social worker", "Olumide Bankole"), ("Category", "Neglect")],
        [["Reece Holroyd", "19/05/2012", "Child"], ["Michelle Holroyd", "13/03/1985", "Mother"], ["Gary Schofield", "28/10/1980", "Stepfather"]],
        "Reece (14) has been living in a room with no bed, heating or working light and has lost weight; his mother has left him alone for days at a time.",
        "Mr Schofield was arrested in September after Reece said he had been punched. He was bailed, and on 3 November police confirmed no further action and the bail was cancelled.",
        "There have been no further incidents of violence since September. After a welfare visit on 12 November found Reece alone with no food in the house, the CPPU started an investigation into child cruelty (wilful neglect) against Ms Holroyd.",
        "DC Farrah Yousaf is actively investigating the wilful neglect; Ms Holroyd is to be interviewed under caution next week.",
        "", (True, False))
    cases.append(dict(
        n="148-06", dist="leeds", kslug="icpc", desc="body-plain-assault-nfa-new-wilful-neglect",
        sender=("Olumide Bankole", "olumide.bankole@leeds.gov.uk"), to=LEEDS_TO,
        subject="ICPC HOLROYD - Mon 30/11",
        sent="2026-11-23 08:50", recv="2026-11-23 08:53",
        body=("plainform", "Morning,\n\n", blocks, SIG_LEEDS.format(n="Olumide Bankole")), attach=[],
        label=dict(kind="initial", pre_birth=False, date="2026-11-30", time="13:30", tick=True, harm=["neglect"],
                   children=[("Reece Holroyd", "2012-05-19")], adults=["Michelle Holroyd", "Gary Schofield"],
                   criteria={"wilful_neglect_investigation": "DC Farrah Yousaf is actively investigating the wilful neglect",
                             "prior_unit_involvement": "on 3 November police confirmed no further action and the bail was cancelled"},
                   decision="attend", tags=["body-plain-form", "nfa-bail-cancelled", "wilful-neglect-active", "tick-attend"],
                   notes="the assault case is closed (bail cancelled, NFA: not current), but an active wilful-neglect investigation is Leeds item 3: attend")))

    # 148-07 Wakefield chair's outcome letter after the ICPC (not an invitation) -> manual_review
    blocks = [
        ("title", "Outcome of Initial Child Protection Conference"),
        ("sub", "Wakefield Council - Safeguarding and Review Unit - chair's letter to agencies"),
        ("p", "Date of letter: 3 December 2026"),
        ("p", "Dear colleague,"),
        ("p", "Re: Mia Greaves (DOB 14/07/2019). The initial child protection conference held on Tuesday 1 December 2026 decided that Mia should be the subject of a child protection plan under the category of sexual abuse."),
        ("p", "The conference heard that there was a police investigation in 2024 into Mia's disclosure about her mother's partner, Jason Moxon, which ended with no further action, and that since October the risk has escalated: Mr Moxon has returned to the home and Mia has made two further disclosures at school."),
        ("p", "The first core group will meet on 14 December 2026. The review conference will be held on 2 March 2027; invitations will follow."),
        ("p", "Yours faithfully,"),
        ("p", "Gillian Roebuck, Child Protection Chair"),
    ]
    cases.append(dict(
        n="148-07", dist="wakefield", kslug="letter", desc="pdf-chair-outcome-letter-not-invitation",
        sender=("Rachel Fawcett", "rachel.fawcett@wakefield.gov.uk"), to=WAKE_TO,
        subject="Chair's outcome letter - GREAVES - ICPC 01/12/2026",
        sent="2026-12-03 14:30", recv="2026-12-03 14:33",
        body=("plain", "Please find attached the chair's outcome letter following Tuesday's initial conference. This is for your records." + SIG_WAKE.format(n="Rachel Fawcett")),
        attach=[("pdf", "Outcome letter GREAVES.pdf", blocks, "Wakefield Council", "OFFICIAL-SENSITIVE")],
        label=dict(kind=None, pre_birth=None, date=None, time=None, tick=None, harm=None,
                   children=[("Mia Greaves", "2019-07-14")], adults=["Jason Moxon"],
                   criteria={"previous_investigation_escalation": "since October the risk has escalated: Mr Moxon has returned to the home and Mia has made two further disclosures at school",
                             "prior_unit_involvement": "there was a police investigation in 2024 into Mia's disclosure about her mother's partner, Jason Moxon, which ended with no further action"},
                   decision="manual_review", extra_req=["not_an_invitation"], tags=["pdf-letter", "not-an-invitation", "chair-letter", "escalation-words"],
                   notes="a chair's outcome letter after the conference, full of escalation words and two dates (held and next review): not an invitation -> manual_review")))
    return cases
