"""Layout 132: short Outlook HTML note (plain + HTML alternative) with a Word booking form of the council's own design."""
from common import D, MAILBOX

L = 132
X, O = "\u2612", "\u2610"   # ☒ ☐


def note(lines):
    return "\n\n".join(lines)


def c01():
    conf = "2026-12-03"
    plain = note(["Hi,", f"Please see the attached request for Mason's conference - {D(conf, 'noyear')} at 1.30pm on Teams. The ISU will send the link.",
                  "Reports to the ISU by noon the working day before please.",
                  "Thanks\nAisling\n\nAisling Mahon\nBusiness Support Officer | Integrated Safeguarding Unit | Leeds City Council"])
    form = [
        ("title", "REQUEST FOR A CHILD PROTECTION CONFERENCE"),
        ("sub", "Leeds Children and Families - Integrated Safeguarding Unit - OFFICIAL-SENSITIVE when complete"),
        ("kv", [("Type of meeting requested", "Initial"),
                ("Meeting booked for", f"{D(conf, 'longo')}, 1.30pm"),
                ("Venue / link", "MS Teams (link from ISU)"),
                ("Chair", "Fiona Appleyard")]),
        ("h", "The child(ren)"),
        ("table", ["Full name", "Born", "School / nursery"], [["Mason Ellis", "19/08/2015", "Bramley St Peter's"]]),
        ("h", "Parents, carers and anyone else who matters to the child"),
        ("table", ["Name", "How they are connected", "Lives with child?"],
         [["Kerry Ellis", "Mum", "Yes"], ["Craig Fenwick", "Mum's husband (stepdad)", "No - staying with his mother in Bramley"],
          ["Paul Ellis", "Birth dad", "No"]]),
        ("h", "Why a conference is needed"),
        ("p", "On 20 November Mason told his learning mentor that his stepdad Craig comes into his room at night and touches him under his clothes. "
              "He repeated this in a video-recorded interview with a police officer and his social worker on 23 November. "
              "Mr Fenwick was brought in and questioned under caution the same day; he denies it. He has not been charged and has been let go while officers continue their enquiries, with no bail conditions, so we have a written agreement that he stays away from the home."),
        ("kv", [("Category we are asking the chair to consider", "Sexual abuse")]),
        ("tick", "What do you need from West Yorkshire Police?", f"{X} Officer to attend     {O} Written report will do"),
        ("kv", [("Form filled in by", "Sam Okonkwo-Hart, Social Worker (West North West)"), ("Date", "24/11/2026")]),
    ]
    return dict(n=1, slug="leeds-icpc-docx-interview-released-pending", district="leeds",
                from_name="Aisling Mahon", from_addr="aisling.mahon@leeds.gov.uk",
                subject="OFFICIAL-SENSITIVE - ICPC request - ELLIS - 03/12/2026", received="2026-11-24T13:10",
                plain=plain, html=True, docx=(form, "ICPC request - ELLIS.docx", dict(style="grid", shade="E2EFDA")),
                label=dict(kind="initial", pre_birth=False, date=conf, time="13:30", tick=True, harm=["sexual"],
                           children=[("Mason Ellis", "2015-08-19")], adults=["Kerry Ellis", "Craig Fenwick", "Paul Ellis"],
                           criteria=["current_investigation"], decision="attend",
                           evidence={"current_investigation": "has been let go while officers continue their enquiries"},
                           tags=["html-note", "docx-form", "rui-own-words", "video-interview", "tick-attend"],
                           why="video interview done, stepfather questioned under caution and released while enquiries continue (RUI in plain words): open investigation"))


def c02():
    conf = "2026-12-14"
    plain = note(["Good morning", "Booking form attached for the Roe boys' initial conference.",
                  f"{D(conf, 'long')} 9.30am, Wakefield One, Room 1.03.",
                  "Regards\nMarcia Dunne\nSafeguarding and Review Unit, Wakefield Council"])
    form = [
        ("title", "Wakefield Safeguarding and Review Unit"),
        ("sub", "Conference booking - please complete every section and return to the SRU inbox"),
        ("h", "1. The meeting"),
        ("kv", [("Conference being booked", "Initial child protection conference"),
                ("Day and date", D(conf, "long")), ("Start", "9.30am"), ("Room", "Wakefield One, Room 1.03")]),
        ("h", "2. Children to be discussed"),
        ("table", ["Name", "D.O.B.", "Gender"], [["Kayden Roe", "13/02/2018", "M"], ["Bobbi Roe", "30/07/2021", "M"]]),
        ("h", "3. Adults with parental responsibility / caring for the children"),
        ("table", ["Name", "Role"], [["Natasha Roe", "Mother"], ["Dean Cartwright", "Father"]]),
        ("h", "4. What led to this request"),
        ("p", "At around 2am on 30 November a neighbour rang 999 after hearing the boys crying. Officers found Kayden (8) and Bobbi (5) alone in the flat with no heating, dog mess on the floors and no food apart from a bag of sugar. Both parents were out."),
        ("p", "The officers removed the boys under their emergency powers and placed them with the duty foster carer for the 72 hours. "
              "The safeguarding unit have opened a child cruelty investigation into both parents, who were interviewed on 2 December; the enquiry is still open."),
        ("p", "The boys are now staying with their paternal grandmother under a voluntary arrangement."),
        ("kv", [("Category", "Neglect")]),
        ("tick", "5. Request to West Yorkshire Police", f"{O} Please attend     {O} Report will be enough"),
        ("kv", [("Social worker", "Ben Adeyemi, Assessment Team (North West)")]),
    ]
    return dict(n=2, slug="wakefield-icpc-docx-removed-under-powers-cruelty-enquiry", district="wakefield",
                from_name="Marcia Dunne", from_addr="marcia.dunne@wakefield.gov.uk",
                subject="ICPC booking - ROE - 14/12/2026", received="2026-12-04T10:00",
                plain=plain, html=True, docx=(form, "SRU booking ROE.docx", dict(style="stack", shade="DDEBF7")),
                label=dict(kind="initial", pre_birth=False, date=conf, time="09:30", tick="neither", harm=["neglect"],
                           children=[("Kayden Roe", "2018-02-13"), ("Bobbi Roe", "2021-07-30")], adults=["Natasha Roe", "Dean Cartwright"],
                           criteria=["police_protection", "wilful_neglect_investigation"], decision="attend",
                           evidence={"police_protection": "The officers removed the boys under their emergency powers and placed them with the duty foster carer for the 72 hours.",
                                     "wilful_neglect_investigation": "The safeguarding unit have opened a child cruelty investigation into both parents"},
                           tags=["html-note", "docx-form", "pp-own-words", "cruelty-enquiry", "tick-neither"],
                           why="removal under police emergency powers led to the conference and a cruelty enquiry is open; neither box marked"))


def c03():
    conf = "2027-01-26"
    plain = note(["Hello", f"Please find attached the notification for the Sutcliffe children's initial conference on {D(conf, 'dmy')} at 2pm, Northgate House.",
                  "Reports to CP Admin by secure email please.",
                  "Many thanks\nJoanne Stansfield\nChild Protection Administration | Calderdale Council"])
    form = [
        ("title", "Calderdale - Notification of Child Protection Conference"),
        ("kv", [("Conference", "Initial"), ("Date", D(conf, "slash")), ("Time", "14:00"),
                ("Venue", "Northgate House, Halifax - Room 2"), ("Independent chair", "Pauline Greenwood")]),
        ("h", "Young people"),
        ("table", ["Forename", "Surname", "DOB", "School"], [["Lily-Rose", "Sutcliffe", "05/10/2014", "Ovenden Primary"],
                                                           ["Alfie", "Sutcliffe", "28/03/2017", "Ovenden Primary"]]),
        ("h", "Adults"),
        ("table", ["Forename", "Surname", "Relationship"], [["Gemma", "Sutcliffe", "Mother"],
                                                           ["Mark", "Haigh", "Mother's boyfriend - stays Fri to Sun"]]),
        ("h", "Worries"),
        ("p", "Gemma has been seeing Mark Haigh since the summer; he stays Friday to Sunday most weeks and has taken Lily-Rose swimming on his own. "
              "Mark is managed by the police's sex offender management team and has to notify them wherever he stays. He told them about Gemma's address on 6 January and that is how we found out. Gemma says she had not been told."),
        ("kv", [("Category", "Sexual abuse (risk of)")]),
        ("tick", "Police involvement at meeting", f"{O} Present at conference     {X} Written information only"),
    ]
    return dict(n=3, slug="calderdale-icpc-docx-boyfriend-notifies-police", district="calderdale",
                from_name="Joanne Stansfield", from_addr="joanne.stansfield@calderdale.gov.uk",
                subject="CP Conference Notification - SUTCLIFFE", received="2027-01-14T12:00",
                plain=plain, html=True, docx=(form, "Notification SUTCLIFFE.docx", dict(style="grid", shade="FCE4D6")),
                label=dict(kind="initial", pre_birth=False, date=conf, time="14:00", tick=False, harm=["sexual"],
                           children=[("Lily-Rose Sutcliffe", "2014-10-05"), ("Alfie Sutcliffe", "2017-03-28")],
                           adults=["Gemma Sutcliffe", "Mark Haigh"],
                           criteria=["registered_sex_offender"], decision="attend",
                           evidence={"registered_sex_offender": "Mark is managed by the police's sex offender management team and has to notify them wherever he stays."},
                           tags=["html-note", "docx-form", "split-name-columns", "rso-own-words", "tickbox-conflict"],
                           why="mother's boyfriend who stays weekends is under sex-offender notification; Calderdale attends RSO; 'written information only' ticked = conflict"))


def c04():
    conf = "2026-12-09"
    plain = note(["Dear Police colleagues", f"Attached is our conference request for Kieran Lister - initial conference {D(conf, 'longo')} at 1pm, Britannia House, Bradford.",
                  "Kind regards\nFarzana Kauser\nConference and Review Service | Bradford Children's Social Care"])
    form = [
        ("title", "BRADFORD CHILDREN'S SOCIAL CARE - CONFERENCE REQUEST"),
        ("kv", [("Meeting", "Initial Child Protection Conference"), ("When", f"{D(conf, 'slash')} at 13:00"),
                ("Where", "Britannia House, Hall Ings, Bradford"), ("Conference chair", "Gurpreet Sahota")]),
        ("h", "Who the meeting is about"),
        ("kv", [("Child", "Kieran Lister, born 02/05/2011")]),
        ("h", "Family at home"),
        ("table", ["Name", "Relationship"], [["Michelle Lister", "Mother"], ["Darren Lister", "Father (lives at home between sentences)"]]),
        ("h", "What we are worried about"),
        ("p", "Kieran (15) was found by officers on 12 November in a flat in Keighley that was being used to sell crack cocaine, with \u00a3600 and two phones on him. "
              "The exploitation team say he is being used by a drugs line from Manchester to run and hold drugs. This is criminal exploitation; there is nothing to suggest anything sexual."),
        ("p", "Mum is frightened of the people involved and Kieran has been missing four times since. "
              "Dad has spent much of Kieran's life in and out of prison and is on the prolific offender (IOM) scheme for burglary. He has never been in trouble for anything involving the children."),
        ("kv", [("Category", "Physical abuse")]),
        ("tick", "We would like a police officer to attend", f"{X} Yes   {O} No"),
    ]
    return dict(n=4, slug="bradford-icpc-docx-drug-running-prolific-dad", district="bradford",
                from_name="Farzana Kauser", from_addr="farzana.kauser@bradford.gov.uk",
                subject="Conference request - LISTER - 09.12.26", received="2026-11-25T09:40",
                plain=plain, html=True, docx=(form, "Conference request LISTER.docx", dict(style="grid", shade="EDEDED")),
                label=dict(kind="initial", pre_birth=False, date=conf, time="13:00", tick=True, harm=["physical"],
                           children=[("Kieran Lister", "2011-05-02")], adults=["Michelle Lister", "Darren Lister"],
                           criteria=[], decision="discuss",
                           evidence={},
                           tags=["html-note", "docx-form", "bradford", "cce-not-cse", "prolific-offender-not-pp", "tick-attend"],
                           why="county-lines exploitation is criminal, not sexual; father is a prolific offender (not police protection); no criterion but the form asks for police: discuss (Wakefield rules)"))


def c05():
    conf = "2027-01-05"
    plain = note(["Hi", f"Form attached for Kofi and Ama's initial conference - {D(conf, 'casual')}, 10am, Merrion House (Room 5).",
                  "Thank you\nDionne Walters\nISU Admin, Leeds Children and Families"])
    form = [
        ("title", "Leeds - Child Protection Conference booking"),
        ("sub", "Integrated Safeguarding Unit"),
        ("kv", [("Kind of conference", "Initial"), ("Booked date", D(conf, "slash")), ("Booked time", "10:00"),
                ("Place", "Merrion House, Room 5")]),
        ("h", "Children"),
        ("table", ["Name", "Date of birth"], [["Kofi Osei-Bonsu", "01/12/2016"], ["Ama Osei-Bonsu", "14/06/2019"]]),
        ("h", "Adults"),
        ("table", ["Name", "Relationship"], [["Abena Osei-Bonsu", "Mother"], ["Kwame Osei-Bonsu", "Father"]]),
        ("h", "Reason for request"),
        ("p", "Mr Osei-Bonsu has severe depression and has twice in December threatened to end his life in front of the children, once holding a knife to his own wrist. Kofi has stopped eating at school and Ama wets the bed nightly. Mrs Osei-Bonsu is exhausted and finding it hard to keep the children away from these episodes."),
        ("p", "In March 2023 police looked into an allegation from Kofi's old school that his dad had slapped him. Kofi said it was an accident, the case was closed with no action, and there has been nothing like it since. Nobody is suggesting physical harm now."),
        ("kv", [("Category", "Emotional abuse")]),
        ("tick", "What we need from WYP", f"{O} Someone at the meeting     {X} A written report"),
    ]
    return dict(n=5, slug="leeds-icpc-docx-old-closed-enquiry-report", district="leeds",
                from_name="Dionne Walters", from_addr="dionne.walters@leeds.gov.uk",
                subject="ICPC - OSEI-BONSU - 05/01/27", received="2026-12-23T14:45",
                plain=plain, html=True, docx=(form, "OSEI-BONSU booking.docx", dict(style="grid", shade="FFF2CC")),
                label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick=False, harm=["emotional"],
                           children=[("Kofi Osei-Bonsu", "2016-12-01"), ("Ama Osei-Bonsu", "2019-06-14")],
                           adults=["Abena Osei-Bonsu", "Kwame Osei-Bonsu"],
                           criteria=["prior_unit_involvement"], decision="report_only",
                           evidence={"prior_unit_involvement": "In March 2023 police looked into an allegation from Kofi's old school that his dad had slapped him."},
                           tags=["html-note", "docx-form", "closed-enquiry-no-escalation", "tick-report"],
                           why="a 2023 police enquiry, closed, nothing since: history only (prior involvement, not a Leeds item); written report ticked"))


def c06():
    conf = "2027-01-14"
    plain = note(["Good afternoon", f"Please find the booking form attached for the Kowalczyk children's initial conference on {D(conf, 'long')} at 10am, Wakefield One.",
                  "Kind regards\nMarcia Dunne\nSafeguarding and Review Unit, Wakefield Council"])
    return dict(n=6, slug="wakefield-icpc-docx-damaged-form", district="wakefield",
                from_name="Marcia Dunne", from_addr="marcia.dunne@wakefield.gov.uk",
                subject="ICPC booking - KOWALCZYK - 14/01/2027", received="2027-01-05T11:20",
                plain=plain, html=True, corrupt=("Booking form KOWALCZYK.docx",),
                label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick=None, harm=None,
                           children=None, adults=None, criteria=[], decision="manual_review", manual="unreadable",
                           evidence={}, tags=["html-note", "docx-truncated", "unreadable-form"],
                           why="the only booking form is a truncated .docx; the covering note has date and time but no family or reason: manual review"))


def c07():
    conf = "2027-01-20"
    plain = note(["Hello", f"Our notification for Zara and Yusuf Ali is attached - initial conference {D(conf, 'long')}, 1.30pm, Halifax Town Hall.",
                  "Please note the chair has already been in touch with your DI about this one.",
                  "Kind regards\nJoanne Stansfield\nChild Protection Administration | Calderdale Council"])
    form = [
        ("title", "Calderdale - Notification of Child Protection Conference"),
        ("kv", [("Conference", "Initial"), ("Date", D(conf, "slash")), ("Time", "13:30"),
                ("Venue", "Halifax Town Hall, Committee Room A"), ("Independent chair", "Pauline Greenwood")]),
        ("h", "Young people"),
        ("table", ["Forename", "Surname", "DOB", "School"], [["Zara", "Ali", "09/09/2013", "Park Lane Academy"],
                                                           ["Yusuf", "Ali", "23/01/2018", "Warley Road Primary"]]),
        ("h", "Adults"),
        ("table", ["Forename", "Surname", "Relationship"], [["Nasreen", "Bibi", "Mother"], ["Tariq", "Ali", "Father"]]),
        ("h", "Worries"),
        ("p", "In 2021 the police safeguarding unit investigated Mr Ali after Zara went to school with cable marks on her arms. He was arrested but the case was not taken further, and Zara spent a night in police care at the time."),
        ("p", "Mr Ali moved out but came back to live at home in November, against the safety plan. Since then school have seen new marks on Zara three times in six weeks, the latest a bruise on her cheek on 5 January, and Yusuf has told his teacher that dad 'gets the belt out'. It is happening more often and the injuries are getting worse."),
        ("p", "Our chair, Pauline Greenwood, spoke with DI Sandhu at the Halifax safeguarding unit on 7 January and they have agreed that an officer will attend."),
        ("kv", [("Category", "Physical abuse")]),
        ("tick", "Police involvement at meeting", f"{X} Present at conference     {O} Written information only"),
    ]
    return dict(n=7, slug="calderdale-icpc-docx-back-home-worse-chair-agreed", district="calderdale",
                from_name="Joanne Stansfield", from_addr="joanne.stansfield@calderdale.gov.uk",
                subject="CP Conference Notification - ALI", received="2027-01-08T10:30",
                plain=plain, html=True, docx=(form, "Notification ALI.docx", dict(style="grid", shade="FCE4D6")),
                label=dict(kind="initial", pre_birth=False, date=conf, time="13:30", tick=True, harm=["physical"],
                           children=[("Zara Ali", "2013-09-09"), ("Yusuf Ali", "2018-01-23")], adults=["Nasreen Bibi", "Tariq Ali"],
                           criteria=["previous_investigation_escalation", "prior_unit_involvement", "negotiated_attendance"], decision="attend",
                           evidence={"previous_investigation_escalation": "It is happening more often and the injuries are getting worse.",
                                     "prior_unit_involvement": "In 2021 the police safeguarding unit investigated Mr Ali after Zara went to school with cable marks on her arms.",
                                     "negotiated_attendance": "spoke with DI Sandhu at the Halifax safeguarding unit on 7 January and they have agreed that an officer will attend"},
                           tags=["html-note", "docx-form", "escalation", "chair-di-agreed", "tick-attend"],
                           why="2021 unit investigation (NFA) + father back and injuries increasing = escalation; chair and DI agreed attendance"))


CASES = [c01(), c02(), c03(), c04(), c05(), c06(), c07()]
for _c in CASES:
    _c["layout"] = L
    _c["to"] = MAILBOX[_c["district"]]
