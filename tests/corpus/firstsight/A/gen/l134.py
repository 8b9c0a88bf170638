"""Layout 134: the invitation tells the reason as one 'case summary' paragraph (plain or HTML body; one with a Word summary)."""
from common import D, MAILBOX, hp, html_doc
from html import escape

L = 134
X, O = "\u2612", "\u2610"


def c01():
    conf = "2026-12-02"
    summary = ("Ruby (9) and Oscar (6) live with their mother Kirsty Marsh in Seacroft. Kirsty has drunk heavily for several years and school say the children often arrive hungry, unwashed and frightened of going home when mum has been drinking. "
               "On 10 November Ruby told her teacher that mum had been 'falling over' and that she had put Oscar to bed herself. "
               "The children's father, Aaron Marsh, has been on the sex offenders' register since 2017; he lives in Hull, a court order forbids any contact and there has been none for six years. "
               "Kirsty's new boyfriend, Sam Nettleton, has been checked and is not known to the police. There are no current police matters.")
    rows = [("Conference", "Initial Child Protection Conference"), ("Date", D(conf, "long")), ("Time", "9.30am"),
            ("Venue", "Seacroft Hub, Room 2"), ("Chair", "Nusrat Iqbal")]
    fam = [("Ruby Marsh", "12/02/2017", "Child"), ("Oscar Marsh", "25/09/2020", "Child"), ("Kirsty Marsh", "", "Mother"),
           ("Aaron Marsh", "", "Father (no contact)"), ("Sam Nettleton", "", "Mother's boyfriend")]
    inner = (hp("Dear colleague,\n\nYou are invited to the conference below. Please send your report to the ISU by 12 noon the working day before.")
             + "<table border=1 cellspacing=0 cellpadding=4 style=\"border-collapse:collapse\">"
             + "".join(f"<tr><td><b>{escape(a)}</b></td><td>{escape(b)}</td></tr>" for a, b in rows) + "</table><p class=\"MsoNormal\">&nbsp;</p>"
             + "<p class=\"MsoNormal\"><b>Who's who</b></p><table border=1 cellspacing=0 cellpadding=4 style=\"border-collapse:collapse\">"
             + "".join(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td>{escape(c)}</td></tr>" for a, b, c in fam) + "</table><p class=\"MsoNormal\">&nbsp;</p>"
             + "<p class=\"MsoNormal\"><b>Case summary</b></p>" + hp(summary)
             + hp("Category: Neglect\n\nKind regards\nDavid Ogden\nIntegrated Safeguarding Unit | Children and Families | Leeds City Council"))
    return dict(n=1, slug="leeds-icpc-html-summary-father-on-register-no-contact", district="leeds",
                from_name="David Ogden", from_addr="david.ogden@leeds.gov.uk",
                subject="Invitation: Initial Child Protection Conference - MARSH - 02/12/2026", received="2026-11-20T12:00",
                html_only=html_doc(inner), extra_texts=[summary] + [x for r in rows for x in r] + [x for r in fam for x in r],
                label=dict(kind="initial", pre_birth=False, date=conf, time="09:30", tick=None, harm=["neglect"],
                           children=[("Ruby Marsh", "2017-02-12"), ("Oscar Marsh", "2020-09-25")],
                           adults=["Kirsty Marsh", "Aaron Marsh", "Sam Nettleton"], criteria=[], decision="report_only", body_form=True,
                           evidence={}, tags=["html-only", "case-summary", "rso-elsewhere-no-contact", "tick-absent"],
                           why="the father on the register lives in Hull with a no-contact order and no contact for six years: not associated; no police matter now; no request"))


def c02():
    conf = "2027-01-20"
    body = f"""Good morning,

Initial child protection conference - Jayden Oates (DOB 25/05/2020)
{D(conf, 'longo')}, 1.30pm - Pontefract Town Hall, Assembly Room

Family: Leah Oates (mother); Connor Pratt (mother's ex-partner, visits)
Chair: Tanvir Akram

Case summary
Jayden's nana, Janet Oates, rang the front door on 22 December saying she had seen a bruise on Jayden's back and that he told her "Connor pushed me off the bed". Leah and Connor both deny it and Connor says he hasn't seen Jayden since November; the health visitor had seen the bruise the week before and it was small and already fading. The matter has not been reported to the police - nana didn't want to - and at the strategy meeting on 30 December the police shared that neither adult has any record with them. The conference is mainly about Leah's low mood, the state of the home and Jayden's speech delay.

Category: Emotional abuse
Police - written contribution only please, no need to attend.

Many thanks
Sunita Rai
Safeguarding and Review Unit
Wakefield Council"""
    return dict(n=2, slug="wakefield-icpc-plain-summary-denied-not-reported", district="wakefield",
                from_name="Sunita Rai", from_addr="sunita.rai@wakefield.gov.uk",
                subject="ICPC - OATES - 20.01.27", received="2027-01-11T10:10", plain=body,
                label=dict(kind="initial", pre_birth=False, date=conf, time="13:30", tick=False, harm=["emotional"],
                           children=[("Jayden Oates", "2020-05-25")], adults=["Leah Oates", "Connor Pratt"],
                           criteria=[], decision="report_only", body_form=True, evidence={},
                           tags=["plain-body", "case-summary", "denied-allegation", "strategy-meeting", "tick-report"],
                           why="reported allegation, denied and never reported to police; police only shared 'no record' at the strategy meeting; written contribution asked"))


def c03():
    conf = "2027-02-04"
    body = f"""Dear colleague

Review child protection conference - Kai Whiteley (born 11/02/2017)

Date:     {D(conf, 'long')}
Time:     10.00
Venue:    Northgate House, Halifax, Room 1
Chair:    Yvonne Pearson
Mother:   Sian Whiteley

Case summary
Kai has been on a plan since October under neglect. Since that conference, on 2 January Kai told his mum that his uncle, Robbie Whiteley, who babysat on Saturdays, had been touching him. Robbie was arrested on 3 January and is out on police bail with a condition not to have unsupervised contact with any child. DC Ellie Farrar, who is leading that investigation, has since joined Kai's core group and came to the meeting on 14 January; she is down on the plan to keep the core group updated on the bail and to support the video interview.

Please send your report to CP Administration by secure email.

Regards
Karen Dobson
Child Protection Administration, Calderdale Council"""
    return dict(n=3, slug="calderdale-review-plain-summary-uncle-bailed-dc-in-core-group", district="calderdale",
                from_name="Karen Dobson", from_addr="karen.dobson@calderdale.gov.uk",
                subject="Review CPC - WHITELEY - 04/02/2027", received="2027-01-21T09:00", plain=body,
                label=dict(kind="review", pre_birth=False, date=conf, time="10:00", tick=None, harm=["neglect"],
                           children=[("Kai Whiteley", "2017-02-11")], adults=["Sian Whiteley", "Robbie Whiteley"],
                           criteria=["current_investigation", "core_group_member"], decision="attend", body_form=True,
                           evidence={"current_investigation": "Robbie was arrested on 3 January and is out on police bail",
                                     "core_group_member": "DC Ellie Farrar, who is leading that investigation, has since joined Kai's core group"},
                           tags=["plain-body", "case-summary", "review", "new-arrest-since-last", "dc-in-core-group", "tick-absent"],
                           why="review: an officer now sits in the core group with plan actions (attend); the uncle's arrest and bail is a current investigation"))


def c04():
    conf = "2026-12-10"
    summary = ("Hamza (2) was admitted to Bradford Royal Infirmary on 20 November severely underweight, with untreated scabies and pressure sores, after his parents had missed every health appointment since July. "
               "The police child abuse team have opened an investigation into both parents for neglecting him to the point of cruelty; they were interviewed on 24 November and the investigation is continuing.")
    inner = (hp(f"Hello\n\nInitial child protection conference for Hamza Rafiq (DOB 19/08/2024) - {D(conf, 'long')} at 10am, City Hall, Bradford.\n\nParents: Saima Rafiq and Adeel Rafiq")
             + "<p class=\"MsoNormal\"><b>Case summary</b></p>" + hp(summary)
             + hp("Police attendance: requested\n\nThanks\nConference Bookings\nBradford Children's Services"))
    return dict(n=4, slug="lookalike-bradford-icpc-html-unverified", district=None,
                from_name="Conference Bookings", from_addr="conference.bookings@bradford-council.org.uk",
                subject="ICPC invitation - RAFIQ - 10/12/2026", received="2026-12-01T11:30", verified=False,
                to=MAILBOX["bradford"], html_only=html_doc(inner), extra_texts=[summary],
                label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick=True, harm=None,
                           children=[("Hamza Rafiq", "2024-08-19")], adults=["Saima Rafiq", "Adeel Rafiq"],
                           criteria=["wilful_neglect_investigation"], decision="manual_review", body_form=True, manual="unverified",
                           evidence={"wilful_neglect_investigation": "The police child abuse team have opened an investigation into both parents for neglecting him to the point of cruelty"},
                           tags=["html-only", "case-summary", "lookalike-domain", "unverified-sender"],
                           why="bradford-council.org.uk is not on the allow-list: manual review whatever the content"))


def c05():
    conf = "2027-01-22"
    plain = f"""Hi,

Please find attached the social worker's case summary for Lacey and Mia's initial conference on {D(conf, 'long')}, 9.30am, Wakefield One.

The chair has asked that police attend if at all possible - see the request at the bottom of the summary.

Kind regards
Sunita Rai
Safeguarding and Review Unit, Wakefield Council"""
    doc = [
        ("title", "Case summary for initial child protection conference"),
        ("sub", "Prepared by the allocated social worker - Wakefield Children and Young People's Service"),
        ("kv", [("Conference", f"Initial - {D(conf, 'slash')} at 09:30, Wakefield One"),
                ("Children", "Lacey Gledhill (08/03/2016); Mia Gledhill (30/11/2025)"),
                ("Mother", "Kelly Gledhill"), ("Mia's father", "Ashley Newsome"), ("Lacey's father", "Not known")]),
        ("h", "Case summary"),
        ("p", "Kelly has used heroin on and off for ten years. Back in 2019 the police took Lacey into their care overnight under their powers when Kelly was found unconscious in the street with Lacey beside her; there has been no police involvement with the family since then. "
              "On 8 January Mia (6 weeks) was admitted to Pinderfields and found to have methadone in her system. The police were told at the strategy discussion and decided not to investigate at this stage. "
              "The local authority applied to the family court and an emergency protection order was granted on 9 January; both girls are now with foster carers."),
        ("kv", [("Category", "Neglect")]),
        ("tick", "Police - attendance wanted?", "YES"),
        ("kv", [("Social worker", "Craig Oyelaran")]),
    ]
    return dict(n=5, slug="wakefield-icpc-docx-summary-2019-removal-court-order", district="wakefield",
                from_name="Sunita Rai", from_addr="sunita.rai@wakefield.gov.uk",
                subject="Case summary - GLEDHILL - ICPC 22/01/2027", received="2027-01-13T14:00",
                plain=plain, html=True, docx=(doc, "Case summary GLEDHILL.docx", dict(style="grid", shade="E7E6E6")),
                label=dict(kind="initial", pre_birth=False, date=conf, time="09:30", tick=True, harm=["neglect"],
                           children=[("Lacey Gledhill", "2016-03-08"), ("Mia Gledhill", "2025-11-30")],
                           adults=["Kelly Gledhill", "Ashley Newsome"], criteria=["prior_unit_involvement"], decision="discuss",
                           evidence={"prior_unit_involvement": "Back in 2019 the police took Lacey into their care overnight under their powers when Kelly was found unconscious in the street with Lacey beside her"},
                           tags=["html-note", "docx-summary", "historic-police-powers", "court-order-not-pp", "police-declined", "tick-attend"],
                           why="2019 removal is history (prior involvement only); the emergency order is the court's; police declined to investigate; attendance asked: discuss"))


def c06():
    conf = "2027-01-26"
    body = f"""Hi all

Initial CP conference - Aisha Farouk (17/09/2018) and Omar Farouk (05/12/2022)
{D(conf, 'longo')} at 10am, Merrion House, Room 4 (hybrid)
Parents: Hana Farouk and Karim Farouk
Chair: Fiona Appleyard

Case summary: On the night of 9 January Karim attacked Hana with a kitchen knife in front of both children, cutting her arm and hand. Hana was taken to the LGI; with no safe adult available, officers took Aisha and Omar into their care under their emergency powers, and the children spent two nights with foster carers before going to Hana's sister. Karim was given a domestic violence protection notice that night and a 28-day order was made at court on 11 January. The Leeds domestic violence service co-ordinator is working with Hana and the case is listed for MARAC on 21 January.

Police - we would like an officer at the conference please.

Best wishes
Tom Kettlewell
Social Worker, Children and Families (South East), Leeds City Council"""
    return dict(n=6, slug="leeds-icpc-plain-summary-knife-attack-removal", district="leeds",
                from_name="Tom Kettlewell", from_addr="tom.kettlewell@leeds.gov.uk",
                subject="ICPC Farouk 26/01 - police attendance requested", received="2027-01-15T10:30", plain=body,
                label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick=True, harm=None,
                           children=[("Aisha Farouk", "2018-09-17"), ("Omar Farouk", "2022-12-05")],
                           adults=["Hana Farouk", "Karim Farouk"],
                           criteria=["domestic_abuse_current_involvement", "police_protection"], decision="attend", body_form=True,
                           evidence={"domestic_abuse_current_involvement": "The Leeds domestic violence service co-ordinator is working with Hana and the case is listed for MARAC on 21 January.",
                                     "police_protection": "officers took Aisha and Omar into their care under their emergency powers"},
                           tags=["plain-body", "case-summary", "da-co-ordinator", "pp-own-words", "tick-attend"],
                           why="serious DA with DV co-ordinator, protection order and MARAC now (Leeds item 5); removal under police powers led to the conference"))


def c07():
    body = """Dear colleagues

Outcome of the initial child protection conference held on Thursday 10 December 2026 - Tilly Brearley (DOB 14/07/2019) and Jack Brearley (DOB 02/03/2022)

Present: Yvonne Pearson (chair), Lowri Pickersgill (social worker), Tracy Brearley (mother), health visitor, school. The police report was read out; police did not attend.

Decision: both children to be subject to a child protection plan under the category of neglect.
First core group: Tuesday 22 December 2026 at 1.30pm at the family home.
Review conference: Thursday 11 March 2027 at 10am, Northgate House.

The minutes will follow within 20 working days. Thank you for your contributions.

Graham Riley
CP Admin Team | Calderdale MBC"""
    return dict(n=7, slug="calderdale-outcome-note-not-invitation", district="calderdale",
                from_name="Graham Riley", from_addr="graham.riley@calderdale.gov.uk",
                subject="Conference outcome - BREARLEY", received="2026-12-14T15:00", plain=body,
                label=dict(kind=None, pre_birth=None, date=None, time=None, tick=None, harm=None,
                           children=[("Tilly Brearley", "2019-07-14"), ("Jack Brearley", "2022-03-02")],
                           adults=["Tracy Brearley"], criteria=[], decision="manual_review", body_form=True, manual="not_invitation",
                           evidence={}, tags=["plain-body", "outcome-note", "not-an-invitation", "future-review-date"],
                           why="the outcome of a conference already held, with the next review date: not an invitation"))


CASES = [c01(), c02(), c03(), c04(), c05(), c06(), c07()]
for _c in CASES:
    _c["layout"] = L
    _c.setdefault("to", MAILBOX.get(_c["district"]))
