"""Layouts 141 (family composition told in prose) and 142 (genogram and its key)."""

R = "☒"
E = "☐"

CASES = []

# ---------------------------------------------------------------- 141: family composition in prose
CASES.append(dict(
    id="C-141-01", slug="wakefield-icpc-body-prose-bail-fracture", layout=141, fmt="plain",
    district="wakefield", from_name="Hollie Gaunt", from_addr="hollie.gaunt@wakefield.gov.uk", relay="mail1.wakefield.gov.uk",
    recv="2026-11-16 10:12", subject="OFFICIAL-SENSITIVE | ICPC | Ayesha BIBI & Kian DOYLE | 26/11/2026",
    kind="initial", pre_birth=False, date="2026-11-26", date_text="Thursday 26th November 2026", time="10:00",
    tick_state="required", harm=["physical"],
    children=[("Ayesha Bibi", "2019-03-14", "14.03.2019"), ("Kian Doyle", None, None)],
    adults=["Shazia Bibi", "Connor Doyle", "Tariq Mahmood"],
    particulars=[("Conference", "Initial Child Protection Conference"), ("When", "Thursday 26th November 2026, 10am"),
                 ("Where", "Wakefield One, Burton Street - Room 2.14 (hybrid)"), ("Chair", "Ruth Armitage"),
                 ("Social worker", "Hollie Gaunt, Assessment Team East"), ("CareDirector", "CD-2207714"),
                 ("Category", "Physical")],
    family=[("h", "Family composition"),
            ("p", "Ayesha Bibi (born 14.03.2019) is seven and in Year 3 at Lawefield Primary. She lives with her mum, "
                  "Shazia Bibi, and her half-brother Kian Doyle, who is 2, in a first-floor flat in Eastmoor."),
            ("p", "Kian's dad, Connor Doyle, lived at the flat until 12 November; he is staying with his own mother in "
                  "Normanton and must not return. Ayesha's father, Tariq Mahmood, lives in Dewsbury and has her every "
                  "other weekend; he is not Kian's father and is not part of the concerns."),
            ("p", "The family's health visitor is Jo Pickersgill and the GP is Dr Anwar Siddiqui, who made the referral "
                  "after seeing Kian's arm. Shazia speaks good English and no interpreter is needed.")],
    reason=["Kian was seen at the GP surgery on 11 November with a swollen left arm; an X-ray at Pinderfields "
            "showed a spiral fracture of the humerus which the paediatrician, Dr Okafor, considers likely to be "
            "non-accidental. The explanations given have changed each time."],
    police=["Connor Doyle was arrested on 12 November 2026 on suspicion of causing the fracture to Kian's left arm "
            "and has been released on police bail while the investigation continues.",
            "Ruth Armitage (chair) has spoken with DI Claire Hebden and it has been agreed that police will attend this conference."],
    tick=["Police attendance: REQUIRED", "(written report also needed 3 working days before, please)"],
    criteria={"current_investigation": "has been released on police bail while the investigation continues",
              "negotiated_attendance": "it has been agreed that police will attend this conference"},
    decision="attend",
    why="fracture, father on police bail (current investigation) and chair-DI agreement; Kian's DOB only as an age, GP/HV/paediatrician named in the prose are not family",
))

CASES.append(dict(
    id="C-141-02", slug="leeds-icpc-html-prose-cse-brother-cce", layout=141, fmt="html",
    district="leeds", from_name="Priya Rathod", from_addr="priya.rathod@leeds.gov.uk", relay="mx2.leeds.gov.uk",
    recv="2026-11-18 14:40", subject="ICPC invitation - O'CONNOR - Wed 2 December",
    kind="initial", pre_birth=False, date="2026-12-02", date_text="Wednesday 2 December 2026", time="13:30",
    tick_state="absent", harm=["sexual"],
    children=[("Kayleigh-Marie O'Connor", "2011-07-02", "2/7/11"), ("Reece O'Connor", "2009-01-19", "19th January 2009")],
    adults=["Bernadette O'Connor", "Dariusz Nowak"],
    particulars=[("Initial child protection conference", "Wednesday 2 December 2026 at 1.30pm"),
                 ("Venue", "Merrion House, Leeds, Room 6 (Teams link available)"),
                 ("Independent chair", "Yvonne Akinola"), ("Mosaic person ID", "2390117"),
                 ("Category requested", "Sexual abuse")],
    family=[("h", "The family"),
            ("p", "Kayleigh-Marie O'Connor (d.o.b. 2/7/11), who is fifteen, lives in Armley with her mum Bernadette "
                  "O'Connor (Bernie) and her brother Reece O'Connor, born 19th January 2009. Bernie's partner of four "
                  "years, Dariusz Nowak, moved in last spring and both children call him Darek."),
            ("p", "The children's father, Sean O'Connor, died in 2020. The referral came from Mrs Helen Firth, "
                  "designated safeguarding lead at Corpus Christi Catholic College; the allocated social worker is "
                  "Priya Rathod.")],
    reason=["Kayleigh-Marie is considered at high risk of child sexual exploitation: she has been picked up from "
            "school by adult men in cars, given vapes and alcohol, and the CSE screening tool completed on 10/11/2026 scored high.",
            "Reece has been referred to the NRM because of criminal exploitation (county lines); there is no "
            "suggestion of sexual exploitation in his case."],
    police=["Police have been told of Kayleigh-Marie's five missing episodes since September. No crime has been "
            "recorded and there is no police investigation at present."],
    tick=[],
    criteria={"child_sexual_exploitation": "Kayleigh-Marie is considered at high risk of child sexual exploitation"},
    decision="discuss",
    why="Leeds: CSE alone gives discuss (POLICY choice); Reece's county lines is CCE, not CSE; deceased father is not an adult; no tick box",
))

CASES.append(dict(
    id="C-141-03", slug="calderdale-rcpc-docx-prose-core-group", layout=141, fmt="docx",
    district="calderdale", from_name="Linda Sutcliffe", from_addr="cp.admin@calderdale.gov.uk", relay="mx-out.calderdale.gov.uk",
    recv="2026-11-20 09:05", subject="Review CPC - HUSSAIN-CLARKE - 08.12.2026",
    kind="review", pre_birth=False, date="2026-12-08", date_text="08.12.2026", time="09:30",
    tick_state="absent", harm=["emotional"],
    children=[("Zayn Hussain-Clarke", "2017-05-22", "2017-05-22"), ("Sofia Hussain-Clarke", "2021-01-22", "22.01.2021")],
    adults=["Rebecca Clarke", "Imran Hussain", "Pauline Clarke"],
    cover="Good morning,\n\nPlease find attached the invitation and family summary for the second review child protection "
          "conference for Zayn and Sofia, on 08.12.2026 at 9.30am at Northgate House.\n\nKind regards\n\nLinda Sutcliffe\n"
          "CP Administration | Calderdale Council",
    particulars=[("Conference", "Review child protection conference (second review)"), ("Date", "08.12.2026"),
                 ("Time", "9.30am"), ("Venue", "Northgate House, Halifax - Meeting Room 4"),
                 ("Chair", "Graham Pickup"), ("LCS ref", "LCS-66120"), ("Plan category", "Emotional abuse")],
    family=[("h", "Family composition"),
            ("p", "Zayn Hussain-Clarke (date of birth 2017-05-22) and his sister Sofia Hussain-Clarke (date of birth "
                  "22.01.2021) live in Sowerby Bridge with their parents, Rebecca Clarke and Imran Hussain. Since July "
                  "their maternal grandmother, Pauline Clarke, has lived with them and does the school run."),
            ("p", "Professionals: social worker Aisha Qureshi, health visitor Karen Dyson, Sofia's nursery key worker "
                  "Beth Marsden.")],
    reason=["Review of the child protection plan (emotional abuse) made at the initial conference in June 2026 because "
            "of the children's exposure to their parents' volatile relationship."],
    police=["In March 2019 Zayn was placed in police protection after his father was arrested at the family home; "
            "Imran Hussain was later cautioned.",
            "PC Natalie Brook of the Calderdale Safeguarding Unit is a member of the core group, attends every core "
            "group meeting and carries out the police actions in the plan (joint home visits with the social worker every fortnight)."],
    tick=[],
    criteria={"prior_unit_involvement": "In March 2019 Zayn was placed in police protection after his father was arrested at the family home",
              "core_group_member": "is a member of the core group, attends every core group meeting and carries out the police actions in the plan"},
    decision="attend",
    why="review with police in the core group: attend; the 2019 police protection is history (prior_unit_involvement, not police_protection)",
))

CASES.append(dict(
    id="C-141-04", slug="kirklees-icpc-body-prose-rso-partner-report-ticked", layout=141, fmt="plain",
    district="kirklees", from_name="Adele Booth", from_addr="adele.booth@kirklees.gov.uk", relay="smtp.kirklees.gov.uk",
    recv="2026-11-24 15:31", subject="Initial conference - Sykes children - 3rd December",
    kind="initial", pre_birth=False, date="2026-12-03", date_text="Thursday 3rd December 2026", time="14:00",
    tick_state="report", harm=["sexual"],
    children=[("Lily-Grace Sykes", "2015-06-09", "9th June 2015"), ("Alfie Sykes", "2018-10-30", "30th October 2018")],
    adults=["Danielle Sykes", "Gareth Holroyd", "Liam Sykes"],
    particulars=[("Type", "Initial child protection conference"), ("Date/time", "Thursday 3rd December 2026, 2.00pm"),
                 ("Venue", "Civic Centre 1, Huddersfield"), ("Chair", "Imogen Sharp"), ("Category", "Sexual abuse (risk of)")],
    family=[("h", "Who is in the family"),
            ("p", "Lily-Grace Sykes was born on 9th June 2015 and her brother Alfie Sykes on 30th October 2018. They live "
                  "in Dalton with their mother, Danielle Sykes. Their father, Liam Sykes, is serving a sentence at HMP "
                  "Leeds for burglary and writes to the children."),
            ("p", "Danielle's partner, Gareth Holroyd, does not hold a tenancy anywhere and stays at the house most nights. "
                  "The referral was made by Mrs Kaur, the school's DSL; I (Adele Booth) am the allocated social worker.")],
    reason=["Gareth Holroyd is a registered sex offender (convicted in 2014 of offences against a 13-year-old girl) and "
            "has been staying at the house on at least four nights a week since October. Danielle did not tell the "
            "school or children's services and says she does not believe he is a risk."],
    police=["Mr Holroyd's offender manager has been informed."],
    tick=["Police: a written report will be sufficient for this conference."],
    criteria={"registered_sex_offender": "Gareth Holroyd is a registered sex offender"},
    decision="attend",
    why="Kirklees uses the Wakefield rules: RSO in the household gives attend though the council asked for a report (tickbox_conflict)",
))

CASES.append(dict(
    id="C-141-05", slug="wakefield-rcpc-pdf-prose-no-police-core-group", layout=141, fmt="pdf",
    district="wakefield", from_name="SRU Business Support", from_addr="sru.bookings@wakefield.gov.uk", relay="mail2.wakefield.gov.uk",
    recv="2026-11-26 11:48", subject="RCPC KOWALCZYK 16/12/26 - papers attached",
    kind="review", pre_birth=False, date="2026-12-16", date_text="16/12/2026", time="10:00",
    tick_state="absent", harm=["neglect"],
    children=[("Oliwia Kowalczyk", "2016-02-11", "11.02.2016"), ("Jakub Kowalczyk", "2020-09-05", "5 September 2020")],
    adults=["Marta Kowalczyk", "Piotr Kowalczyk"],
    cover="Please find attached the social worker's summary for the review conference on 16/12/2026 at 10:00 "
          "(County Hall, Room 41).\n\nSafeguarding and Review Unit\nWakefield Council",
    particulars=[("Review child protection conference", "16/12/2026 at 10:00"), ("Venue", "County Hall, Room 41"),
                 ("Chair", "Sanjay Mistry"), ("Social worker", "Georgia Lund"), ("Plan category", "Neglect")],
    family=[("h", "Family composition and household"),
            ("p", "Oliwia Kowalczyk (11.02.2016) and Jakub Kowalczyk (born 5 September 2020) live in Airedale with their "
                  "mother, Marta Kowalczyk (née Nowicka). Their father, Piotr Kowalczyk, separated from Marta in 2024, lives in "
                  "Castleford and has the children every Saturday."),
            ("p", "Marta's first language is Polish and Ewa Lis from the interpreting service interprets for her at visits "
                  "and at conference.")],
    reason=["Review of the plan (neglect) made on 17/09/2026: home conditions, Jakub's dental decay and Oliwia's "
            "school attendance of 71%. Attendance is now 89% and Jakub's treatment is complete."],
    police=["The core group (social worker, health visitor, school and both parents) has met monthly; police are not "
            "members of the core group and have had no involvement with the family since the plan began."],
    tick=[],
    criteria={},
    decision="report_only",
    why="review with no police role (core group named without police) and no request: report only; the interpreter is not family",
))

CASES.append(dict(
    id="C-141-06", slug="leeds-prebirth-icpc-alt-prose-marac-remand", layout=141, fmt="alt",
    district="leeds", from_name="Dionne Clarke-Bennett", from_addr="dionne.clarke-bennett@leeds.gov.uk", relay="mx2.leeds.gov.uk",
    recv="2026-12-18 16:55", subject="Pre-birth ICPC - Unborn FIRTH - 06/01/2027 11:00",
    kind="initial", pre_birth=True, date="2027-01-06", date_text="6th January 2027", time="11:00",
    tick_state="required", harm=["emotional"],
    children=[("Unborn Firth", None, None), ("Harley-Rae Firth", "2024-08-03", "3/8/24")],
    adults=["Leah Firth", "Jordan Shaw", "Tina Firth"],
    particulars=[("Pre-birth initial child protection conference", "6th January 2027 at 11.00"),
                 ("Venue", "Seacroft Hub, Meeting Room B"), ("Chair", "Farida Shah"), ("Category", "Emotional")],
    family=[("h", "Family composition"),
            ("p", "Leah Firth is 19 and expecting her second baby, recorded on Mosaic as Unborn Firth, due on 21/02/2027 "
                  "(EDD). Her daughter Harley-Rae Firth (d.o.b. 3/8/24) lives with her. They live with Leah's mum, Tina "
                  "Firth, in Seacroft."),
            ("p", "The baby's father is Jordan Shaw, 23; he is not Harley-Rae's father, who has never been named. The "
                  "community midwife is Gemma Oyelaran and the social worker is Dionne Clarke-Bennett.")],
    reason=["Serious domestic abuse towards Leah during the pregnancy, including strangulation."],
    police=["On 29 November Jordan Shaw assaulted Leah at Tina's house; he was charged and is remanded in custody, the "
            "case was heard at MARAC on 10/12/2026 as high risk and the Leeds Domestic Violence Co-ordinator and an "
            "IDVA are working with Leah on her safety plan."],
    tick=["Police attendance requested: YES"],
    criteria={"domestic_abuse_current_involvement": "the case was heard at MARAC on 10/12/2026 as high risk and the Leeds Domestic Violence Co-ordinator and an IDVA are working with Leah on her safety plan"},
    decision="attend",
    why="pre-birth ICPC counts as initial; serious DA with MARAC and DV co-ordinator (Leeds item 5); notice counted over Christmas and New Year bank holidays; unborn child has an EDD, no DOB",
))

CASES.append(dict(
    id="C-141-07", slug="calderdale-icpc-docx-prose-police-protection", layout=141, fmt="docx",
    district="calderdale", from_name="Kirsty Wadsworth", from_addr="kirsty.wadsworth@calderdale.gov.uk", relay="mx-out.calderdale.gov.uk",
    recv="2026-12-07 08:47", subject="ICPC request - GREENWOOD / ALI - Mon 14 Dec",
    kind="initial", pre_birth=False, date="2026-12-14", date_text="Monday 14 December 2026", time="13:00",
    tick_state="absent", harm=["neglect"],
    children=[("Tyler Greenwood", "2018-04-04", "04.04.2018"), ("Mia Greenwood-Ali", "2022-12-01", "1st December 2022")],
    adults=["Stacey Greenwood", "Rizwan Ali", "Janet Greenwood"],
    cover="Hi,\n\nRequest for an ICPC attached for Tyler and Mia - Monday 14 December 2026 at 1pm, Northgate House.\n\n"
          "Thanks\nKirsty Wadsworth\nSocial Worker, Calderdale Children's Services",
    particulars=[("Conference requested", "Initial child protection conference"), ("Date", "Monday 14 December 2026"),
                 ("Time", "1pm"), ("Venue", "Northgate House, Halifax"), ("Chair", "Michelle Haigh"), ("Category", "Neglect")],
    family=[("h", "Family composition"),
            ("p", "Tyler Greenwood (dob 04.04.2018) and his half-sister Mia Greenwood-Ali (dob 1st December 2022) normally "
                  "live with their mother, Stacey Greenwood, in a flat in Ovenden. Mia's father, Rizwan Ali, lives in "
                  "Bradford and sees Mia at his mother's on Sundays; Tyler's father has had no contact since 2019 and is not named on his birth certificate."),
            ("p", "Since 1 December both children have been staying with their maternal grandmother, Janet Greenwood, in "
                  "King Cross. Dr Lena Brandt (paediatrician) examined both children on 1 December.")],
    reason=["Neglect: the children were left alone overnight; the flat was without electricity and food."],
    police=["On the night of 30 November officers found Tyler and Mia alone in the flat and took both children into police "
            "protection under section 46 of the Children Act 1989; they were placed with their maternal grandmother, Janet Greenwood.",
            "An Emergency Protection Order was not needed because Stacey agreed to the children staying with Janet."],
    tick=[],
    criteria={"police_protection": "took both children into police protection under section 46 of the Children Act 1989"},
    decision="discuss",
    why="Calderdale: police protection is not in its supervision considerations, so discuss (POLICY choice); EPO not sought",
))

# ---------------------------------------------------------------- 142: genogram and key
CASES.append(dict(
    id="C-142-01", slug="wakefield-icpc-pdf-genogram-wilful-neglect", layout=142, fmt="pdf",
    district="wakefield", from_name="Safeguarding and Review Unit", from_addr="sru.admin@wakefield.gov.uk", relay="mail1.wakefield.gov.uk",
    recv="2026-12-01 09:30", subject="[SECURE] ICPC NDLOVU 11.12.26",
    kind="initial", pre_birth=False, date="2026-12-11", date_text="Friday 11 December 2026", time="10:30",
    tick_state="required", harm=["neglect"],
    children=[("Tendai Ndlovu", "2014-08-17", "17.08.2014"), ("Chipo Ndlovu", "2018-01-03", "03.01.2018"),
              ("Farai Ndlovu", "2021-12-25", "25.12.2021")],
    adults=["Nyasha Ndlovu", "Blessing Moyo", "Rumbidzai"],
    cover="Good morning\n\nAttached: conference request with genogram for the Ndlovu children. Initial conference "
          "Friday 11 December 2026, 10.30, Wakefield One.\n\nSRU",
    genogram=dict(people=[
        dict(ref="I-1", gen=1, sex="M", dead=True, short="Tawanda d.2019"),
        dict(ref="II-1", gen=2, sex="M", home=True, short="Blessing 41"),
        dict(ref="II-2", gen=2, sex="F", home=True, short="Nyasha 36"),
        dict(ref="II-3", gen=2, sex="F", home=True, short="Rumbi 29"),
        dict(ref="III-1", gen=3, sex="M", home=True, short="Tendai 12"),
        dict(ref="III-2", gen=3, sex="F", home=True, short="Chipo 8"),
        dict(ref="III-3", gen=3, sex="M", home=True, short="Farai 4")],
        links=[("II-1", "II-2", "marr"), ("I-1", "II-2", "child"), ("II-2", "III-1", "child"), ("II-2", "III-3", "child")],
        legend=["Key to symbols: square = male, circle = female, triangle = unborn, cross = deceased, shaded = lives in the household, dashed line = separated."]),
    key=[("I-1", "Tawanda NDLOVU", "died 2019", "maternal grandfather (Zimbabwe)"),
         ("II-1", "Blessing MOYO", "b. 1985", "father of Tendai, Chipo and Farai"),
         ("II-2", "Nyasha NDLOVU", "b. 1990", "mother"),
         ("II-3", "RUMBIDZAI (one name only, known as Rumbi)", "b. 1997", "maternal aunt - lives in household"),
         ("III-1", "Tendai NDLOVU", "17.08.2014", "subject child"),
         ("III-2", "Chipo NDLOVU", "03.01.2018", "subject child"),
         ("III-3", "Farai NDLOVU", "25.12.2021", "subject child")],
    particulars=[("Conference", "Initial child protection conference"), ("Date", "Friday 11 December 2026"),
                 ("Time", "10.30am"), ("Venue", "Wakefield One, Conference Suite"), ("Chair", "Ruth Armitage"),
                 ("Social worker", "Tom Newsome"), ("Category", "Neglect")],
    reason=["The three children were found at home in a cold house with no food, Farai in a soiled nappy that had not been "
            "changed for many hours, while both parents were out."],
    police=["Police (DC Farrah Naylor, Wakefield CPPU) are investigating Nyasha Ndlovu and Blessing Moyo for wilful "
            "neglect under section 1 of the Children and Young Persons Act 1933 after the children were found without food or heating."],
    tick=[f"{R} Police attendance required", f"{E} Written report sufficient"],
    criteria={"wilful_neglect_investigation": "are investigating Nyasha Ndlovu and Blessing Moyo for wilful neglect under section 1 of the Children and Young Persons Act 1933"},
    decision="attend",
    why="active wilful-neglect investigation (Wakefield item 3); the genogram shows a deceased grandfather (not an adult) and an aunt with one name only",
))

CASES.append(dict(
    id="C-142-02", slug="leeds-rcpc-docx-genogram-legend-rso-late", layout=142, fmt="docx",
    district="leeds", from_name="ISU Conference Team", from_addr="isu.conferences@leeds.gov.uk", relay="mx1.leeds.gov.uk",
    recv="2027-01-05 10:20", subject="Review CP conference - PETROVIC - 12/01/2027",
    kind="review", pre_birth=False, date="2027-01-12", date_text="Tuesday 12th January 2027", time="14:00",
    tick_state="report", harm=["emotional"],
    children=[("Luka Petrović", "2012-12-12", "12/12/2012"), ("Mila Petrović", "2016-06-30", "2016-06-30")],
    adults=["Ana Petrović", "Craig Whitaker", "Dragan Petrović"],
    cover="Hello\n\nPlease see the attached review booking with family genogram key. Apologies for the short notice - "
          "the invitation was held up over Christmas.\n\nISU Conference Team\nLeeds City Council",
    genogram=dict(people=[]),
    key=[("II-1", "Dragan PETROVIĆ", "b. 1979", "father - lives in Serbia, video calls monthly"),
         ("II-2", "Ana PETROVIĆ", "b. 1983", "mother - household"),
         ("II-3", "Craig WHITAKER", "b. 1981", "stepfather - household"),
         ("III-1", "Luka PETROVIĆ", "12/12/2012", "subject - household"),
         ("III-2", "Mila PETROVIĆ", "2016-06-30", "subject - household")],
    legend_rows=[("Symbol", "Meaning"), ("■", "male"), ("●", "female"), ("▲", "unborn child"), ("✝", "deceased"),
                 ("red outline", "registered sex offender"), ("blue outline", "subject of police investigation"),
                 ("green fill", "child subject of this conference")],
    particulars=[("Conference", "Review child protection conference"), ("Date", "Tuesday 12th January 2027"),
                 ("Time", "2pm"), ("Venue", "Microsoft Teams"), ("Chair", "Bushra Iqbal"), ("Category", "Emotional abuse")],
    reason=["Second review. Luka and Mila have been on plans since April 2026 because of Ana's alcohol misuse and the "
            "children's caring role. Ana has been abstinent for 10 weeks and the children's school attendance has improved."],
    police=["West Yorkshire Police have no current involvement with the family."],
    tick=[f"{E} Police attendance required", f"{R} Written report sufficient"],
    criteria={},
    decision="report_only",
    why="legend lists 'registered sex offender' and 'police investigation' but nobody is marked; Leeds review with 5 working days' notice (<10): late_notice",
))

CASES.append(dict(
    id="C-142-03", slug="calderdale-icpc-pdf-genogram-nfa-escalation", layout=142, fmt="pdf",
    district="calderdale", from_name="Hannah Rushworth", from_addr="hannah.rushworth@calderdale.gov.uk", relay="mx-out.calderdale.gov.uk",
    recv="2026-12-09 13:15", subject="ICPC SUGDEN 21.12.2026 - request and genogram",
    kind="initial", pre_birth=False, date="2026-12-21", date_text="21.12.2026", time="10:00",
    tick_state="absent", harm=["physical"],
    children=[("Tommy Sugden", "2017-05-06", "6/5/17"), ("Evie-Rose Sugden", "2020-11-23", "23rd November 2020")],
    adults=["Chantelle Sugden", "Dale Sugden", "Brenda Sugden"],
    cover="Please find attached the ICPC request and genogram for Tommy and Evie-Rose Sugden. Conference 21.12.2026 at 10.00am.\n\n"
          "Hannah Rushworth\nSocial Worker, Calderdale",
    genogram=dict(people=[
        dict(ref="I-1", gen=1, sex="F", short="Brenda 66"),
        dict(ref="II-1", gen=2, sex="M", home=True, short="Dale 38"),
        dict(ref="II-2", gen=2, sex="F", home=True, short="Chantelle 31"),
        dict(ref="III-1", gen=3, sex="M", home=True, short="Tommy 9"),
        dict(ref="III-2", gen=3, sex="F", home=True, short="Evie-Rose 6")],
        links=[("II-1", "II-2", "marr"), ("I-1", "II-1", "child"), ("II-2", "III-1", "child"), ("II-2", "III-2", "child")],
        legend=["Shaded symbols live at 14 Clover Hill Road. Dale's stepson from an earlier relationship is not shown."]),
    key=[("I-1", "Brenda SUGDEN", "b. 1960", "paternal grandmother - babysits weekly"),
         ("II-1", "Dale SUGDEN", "b. 1988", "father"),
         ("II-2", "Chantelle SUGDEN", "b. 1995", "mother"),
         ("III-1", "Tommy SUGDEN", "6/5/17", "subject child"),
         ("III-2", "Evie-Rose SUGDEN", "23rd November 2020", "subject child")],
    particulars=[("Conference", "ICPC"), ("Date", "21.12.2026"), ("Time", "10.00am"), ("Venue", "Northgate House"),
                 ("Chair", "Graham Pickup"), ("Category", "Physical abuse")],
    reason=["Since Dale moved back into the home in October, Tommy has had bruises on three occasions and told his teacher "
            "he is scared of his dad; the risk to the children is clearly escalating."],
    police=["In 2020 Dale Sugden was arrested for assaulting his stepson from a previous relationship; the Safeguarding "
            "Unit investigated and the case was closed with no further action.",
            "A strategy discussion with police was held on 07/12/2026; police have not yet decided whether to open an investigation."],
    tick=[],
    criteria={"prior_unit_involvement": "In 2020 Dale Sugden was arrested for assaulting his stepson from a previous relationship; the Safeguarding Unit investigated",
              "previous_investigation_escalation": "the risk to the children is clearly escalating"},
    decision="attend",
    why="earlier unit investigation (NFA) plus clear escalation; the strategy discussion is not an investigation; Calderdale attends on prior involvement",
))

CASES.append(dict(
    id="C-142-04", slug="wakefield-icpc-body-genogram-ppo-nominal-late", layout=142, fmt="plain",
    district="wakefield", from_name="Sam Whiteley", from_addr="sam.whiteley@wakefield.gov.uk", relay="mail2.wakefield.gov.uk",
    recv="2026-12-23 12:02", subject="ICPC Lockwood 29/12 - genogram key below",
    kind="initial", pre_birth=False, date="2026-12-29", date_text="Tuesday 29/12/2026", time="13:30",
    tick_state="report", harm=["neglect"],
    children=[("Harvey Lockwood", "2015-09-14", "14/9/15"), ("Poppy Lockwood", None, None)],
    adults=["Kerry Lockwood", "Shane Lockwood", "Maureen Barraclough"],
    key_text=["GENOGRAM KEY (image not sent - CareDirector export failed)",
              "I-1   [F]  BARRACLOUGH, Maureen     b.1962   maternal grandmother, Knottingley, daily help",
              "II-1  [M]  LOCKWOOD, Shane          b.1986   father, household",
              "II-2  [F]  LOCKWOOD, Kerry          b.1989   mother, household",
              "III-1 [M]  LOCKWOOD, Harvey         14/9/15  subject",
              "III-2 [F]  LOCKWOOD, Poppy          age 4    subject",
              "[M] male  [F] female  [U] unborn  [X] deceased"],
    particulars=[("ICPC", "Tuesday 29/12/2026 at 1.30pm"), ("Venue", "Castleford Civic Centre"), ("Chair", "Sanjay Mistry"),
                 ("SW", "Sam Whiteley"), ("Category", "Neglect")],
    reason=["Neglect - repeated missed health appointments for Poppy (was not brought x6), head lice and weight loss, "
            "Harvey caring for his sister after school while both parents sleep."],
    police=["Kerry's brother is a PPO nominal managed under IOM; he has not visited the family since 2024.",
            "Police have not been involved with Kerry, Shane or the children."],
    tick=["Police (delete as applicable): attendance required / written report sufficient  --> WRITTEN REPORT SUFFICIENT"],
    criteria={},
    decision="report_only",
    why="'PPO nominal' is a prolific offender, not police protection, and he is not in the household; invite sent 23 Dec for 29 Dec: 2 working days' notice (late) and report deadline (22 Dec) already passed",
))

CASES.append(dict(
    id="C-142-05", slug="bradford-icpc-pdf-genogram-mappa2-not-rso", layout=142, fmt="pdf",
    district="bradford", from_name="Bradford CP Conferences", from_addr="cp.conferences@bradford.gov.uk", relay="relay.bradford.gov.uk",
    recv="2027-01-11 10:44", subject="ICPC AKHTAR 21-01-2027",
    kind="initial", pre_birth=False, date="2027-01-21", date_text="Thursday 21 January 2027", time="13:30",
    tick_state="report", harm=["neglect"],
    children=[("Hamza Akhtar", "2013-03-01", "1st March 2013"), ("Maryam Akhtar", "2019-10-09", "2019-10-09")],
    adults=["Nasreen Begum", "Wasim Akhtar", "Zubeda Begum", "Raymond Pickles"],
    cover="Dear colleague\n\nPlease find the ICPC request and genogram attached (Thursday 21 January 2027, 1.30pm, Margaret "
          "McMillan Tower).\n\nCP Conference Team, Bradford Children's Services",
    genogram=dict(people=[
        dict(ref="I-1", gen=1, sex="F", short="Zubeda 63"),
        dict(ref="I-2", gen=1, sex="M", short="Raymond 67"),
        dict(ref="II-1", gen=2, sex="M", home=True, short="Wasim 40"),
        dict(ref="II-2", gen=2, sex="F", home=True, short="Nasreen 37"),
        dict(ref="III-1", gen=3, sex="M", home=True, short="Hamza 13"),
        dict(ref="III-2", gen=3, sex="F", home=True, short="Maryam 7")],
        links=[("I-1", "I-2", "marr"), ("II-1", "II-2", "marr"), ("I-1", "II-2", "child"), ("II-2", "III-1", "child"), ("II-2", "III-2", "child")],
        legend=["square = male; circle = female; shaded = household"]),
    key=[("I-1", "Zubeda BEGUM", "b. 1963", "maternal grandmother"),
         ("I-2", "Raymond PICKLES", "b. 1959", "Zubeda's husband (step-grandfather) - visits on Sundays"),
         ("II-1", "Wasim AKHTAR", "b. 1986", "father"),
         ("II-2", "Nasreen BEGUM", "b. 1989", "mother"),
         ("III-1", "Hamza AKHTAR", "1st March 2013", "subject"),
         ("III-2", "Maryam AKHTAR", "2019-10-09", "subject")],
    particulars=[("Type", "Initial CPC"), ("Date", "Thursday 21 January 2027"), ("Time", "13:30"),
                 ("Venue", "Margaret McMillan Tower, Room 3"), ("Chair", "Peter Holmes"), ("Category", "Neglect")],
    reason=["Neglect: very poor home conditions and Maryam has missed four hospital appointments for her epilepsy."],
    police=["Raymond Pickles is managed under MAPPA Category 2 (violent offender) after wounding a man outside a pub in "
            "2012; he is not a registered sex offender.",
            "There are no other police concerns about the household."],
    tick=[f"{E} Police attendance required", f"{R} Written report sufficient"],
    criteria={},
    decision="report_only",
    why="MAPPA category 2 (violent) is not an RSO; Bradford decided by Wakefield rules (POLICY choice); no criterion, report ticked",
))

CASES.append(dict(
    id="C-142-06", slug="wakefield-cp-plan-docx-genogram-not-invitation", layout=142, fmt="docx",
    district="wakefield", from_name="SRU Minutes", from_addr="sru.minutes@wakefield.gov.uk", relay="mail1.wakefield.gov.uk",
    recv="2027-01-14 15:20", subject="Child Protection Plan - MENSAH - following review 10/12/2026",
    kind=None, pre_birth=False, date=None, date_text=None, time=None,
    tick_state="absent", harm=None,
    children=[("Kofi Mensah", "2011-01-20", "20/01/2011"), ("Ama Mensah", "2014-04-04", "4 April 2014")],
    adults=["Efua Mensah", "Kwabena Mensah"],
    not_invitation=True,
    cover="Please find attached the updated child protection plan for Kofi and Ama Mensah following the review "
          "conference held on 10/12/2026. Please upload to your records.\n\nSRU Minutes Team",
    doc_title="CHILD PROTECTION PLAN (updated after review conference 10/12/2026)",
    genogram=dict(people=[]),
    key=[("II-1", "Kwabena MENSAH", "b. 1980", "father"), ("II-2", "Efua MENSAH", "b. 1982", "mother"),
         ("III-1", "Kofi MENSAH", "20/01/2011", "child on plan"), ("III-2", "Ama MENSAH", "4 April 2014", "child on plan")],
    particulars=[("Plan category", "Emotional abuse"), ("Next review conference", "to be arranged by SRU"),
                 ("Lead social worker", "Ian Thackray")],
    reason=["Outcome 1: Kofi and Ama are not exposed to conflict between their parents."],
    police=["PC Daniel Royston (Wakefield Safeguarding Unit) remains a member of the core group and will attend each core group meeting."],
    tick=[],
    criteria={"core_group_member": "remains a member of the core group and will attend each core group meeting"},
    decision="manual_review",
    why="a child protection plan sent for the record, not an invitation: manual_review with not_an_invitation; no conference date",
))

CASES.append(dict(
    id="C-142-07", slug="leeds-icpc-html-genogram-cjsm-escalation", layout=142, fmt="html",
    district="leeds", from_name="Rachel Okonjo", from_addr="rachel.okonjo@leeds.gov.uk.cjsm.net", relay="mail.cjsm.net",
    recv="2027-01-13 11:10", subject="ICPC - WHITWORTH - 27.01.27 10:00",
    kind="initial", pre_birth=False, date="2027-01-27", date_text="27.01.27", time="10:00",
    tick_state="required", harm=["physical"],
    children=[("Zane Whitworth", "2016-07-07", "07/07/16"), ("Ellis Whitworth", "2019-02-28", "28 Feb 2019")],
    adults=["Gemma Whitworth", "Lewis Marsden", "Aaron Whitworth"],
    key_list=["I  - (grandparents not recorded)",
              "II-1 ■ Aaron WHITWORTH (b.1987) - father of Zane and Ellis, lives in Wakefield, supervised contact",
              "II-2 ● Gemma WHITWORTH (b.1990) - mother - household",
              "II-3 ■ Lewis MARSDEN, also known as Lewis Marsh (b.1984) - mother's partner since 2021 - household",
              "III-1 ■ Zane WHITWORTH - 07/07/16 - subject",
              "III-2 ■ Ellis WHITWORTH - 28 Feb 2019 - subject",
              "━━ together   ╌╌ separated   ■ male   ● female"],
    particulars=[("ICPC", "27.01.27 at 10:00"), ("Venue", "Reginald Centre, Chapeltown"), ("Chair", "Marcia Lindo"),
                 ("Social worker", "Rachel Okonjo"), ("Category", "Physical")],
    reason=["Since Christmas Zane has made two further disclosures about Lewis hitting him and school saw fresh bruising "
            "to his back on 05/01/2027; the risk is escalating."],
    police=["In 2022 police investigated Lewis Marsden after Zane said he had been hit with a belt; the investigation was "
            "closed with no further action."],
    tick=["Police attendance requested - Yes"],
    criteria={"prior_unit_involvement": "In 2022 police investigated Lewis Marsden after Zane said he had been hit with a belt",
              "previous_investigation_escalation": "the risk is escalating"},
    decision="attend",
    why="earlier police investigation (NFA) plus clear escalation (Leeds item 2); CJSM sender; alias 'Lewis Marsh' is the same adult",
))
