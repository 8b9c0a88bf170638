"""Layout 86: long Word booking forms modelled on a partnership 'request for a child protection
conference' template: numbered sections, busy-social-worker values."""
from common import DOCX, D, Docx

X, O = "\u2612", "\u2610"


def case01():
    d = Docx("Wakefield CYPS")
    d.header_footer(header="OFFICIAL-SENSITIVE   Wakefield Safeguarding Children Partnership",
                    footer="WSCP Form CP2 (request for ICPC) v6.3 - Mosaic ref M-4471902")
    d.heading("REQUEST FOR AN INITIAL CHILD PROTECTION CONFERENCE", 1)
    d.para("To be completed by the allocated social worker and returned to the Safeguarding and Review Unit within 1 working day of the strategy discussion.")
    d.heading("Section 1 - Referrer / allocated worker", 2)
    d.table([["1.1 Social worker", "Hollie Marsden (Duty and Assessment Team 2)"],
             ["1.2 Team manager", "Graham Whiteley"],
             ["1.3 Date of strategy discussion", "01/12/2026 (with DS Pratt, CSU)"],
             ["1.4 Conference booked for", "Tuesday 15th December 2026 @ 10am, Room 2, Castleford One Stop Shop"]])
    d.heading("Section 2 - Children who are the subject of this request", 2)
    d.table([["Name(s)", "Age", "School / nursery", "Gender"],
             ["Kayden Firth\nLacey-Mae Firth", "7\n4", "Airedale Junior School\nsee above (nursery class)", "M\nF"],
             ["Roman Sykes-Firth", "18 months", "n/a", "M"]], header=True)
    d.heading("Section 3 - Family and household", 2)
    d.table([["Name", "Relationship to children", "Lives at address?"],
             ["Chantelle Firth", "Mother to all 3", "Yes"],
             ["Ryan Sykes", "Father of Roman, stepfather to Kayden and Lacey-Mae", "Yes (since March)"]], header=True)
    d.heading("Section 4 - Wider family / significant others", 2)
    d.table([["Name", "Relationship", "Notes"],
             ["Dean Firth", "Father of Kayden and Lacey-Mae", "Lives in Pontefract, contact alternate weekends"],
             ["Maureen Firth", "Maternal grandmother", "Provides after-school care"]], header=True)
    d.heading("Section 5 - Professional network", 2)
    d.para("HV Jo Bright; Airedale Junior (DSL Mrs Kettlewell); GP Castleford Health Centre; CSU - DS Pratt.")
    d.heading("Section 6 - Reasons for requesting conference / category", 2)
    d.para("Category: Physical abuse")
    d.para("Kayden attended school on 30/11/2026 with bruising to his upper arm and ear. He told his teacher \"Ryan grabbed me and hit my head on the door\". A CP medical on 30/11 found injuries consistent with his account. Section 47 enquiries are being undertaken jointly with the police.")
    d.heading("Section 7 - What has been tried / previous involvement", 2)
    d.para("As per chronology. Early Help (Family Support) from June to October 2026, closed as needs met.")
    d.heading("Section 8 - Views of the child(ren)", 2)
    d.para("Kayden says he is scared when Ryan shouts. Lacey-Mae too young to give a view; Roman is pre-verbal.")
    d.heading("Section 9 - Consent and exclusions", 2)
    d.para("Parents aware of conference. Exclusion requested for part of the conference while the police update is given - Chair to decide.")
    d.heading("Section 10 - Police", 2)
    d.table([["10.1 Police involvement (current)", "Mr Sykes was arrested on 01/12/2026 on suspicion of assaulting Kayden and has been bailed until 01/03/2027 with conditions not to have unsupervised contact with the children. The OIC is DC Laura Nuttall."],
             ["10.2 Police attendance (tick one)", f"{X} Attendance required     {O} Written report will suffice"]])
    d.para("Form completed by H. Marsden 03/12/2026")
    return {
        "nn": "01", "district": "wakefield", "kind": "initial", "short": "word-sectioned-bail-ages-not-dobs",
        "received": D(2026, 12, 7, 9, 12), "sender": "hollie.marsden@wakefield.gov.uk", "sender_name": "Hollie Marsden",
        "subject": "OFFICIAL-SENSITIVE: ICPC request - FIRTH/SYKES - 15.12.26", "marking": "OFFICIAL-SENSITIVE",
        "body": "Hi,\n\nPlease find attached the ICPC request form for the Firth/Sykes children. Conference is Tuesday 15th December at 10am.\n\nThanks\nHollie\n\nHollie Marsden | Social Worker | Duty and Assessment Team 2\nWakefield Council Children and Young People's Service | 01924 305512",
        "attachments": [{"name": "ICPC request Firth Sykes.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2026-12-15", "time": "10:00", "tick": True, "harm": ["physical"],
        "children": [{"name": "Kayden Firth", "date_of_birth": None}, {"name": "Lacey-Mae Firth", "date_of_birth": None},
                     {"name": "Roman Sykes-Firth", "date_of_birth": None}],
        "adults": ["Chantelle Firth", "Ryan Sykes", "Dean Firth", "Maureen Firth"],
        "criteria": ["current_investigation"],
        "evidence": {"current_investigation": "Mr Sykes was arrested on 01/12/2026 on suspicion of assaulting Kayden and has been bailed until 01/03/2027"},
        "decision": "attend",
        "tags": ["docx-sections", "ages-not-dobs", "several-names-in-cell", "bail"],
        "notes": "stepfather arrested and bailed for assaulting the child: current investigation (W1) -> attend; children given with ages only, two names in one cell",
    }


def case02():
    d = Docx("Leeds CSC")
    d.header_footer(header="Leeds Safeguarding Children Partnership - CP Conference Request (ISU)")
    d.heading("Leeds Integrated Safeguarding Unit: Request for Initial Child Protection Conference", 1)
    d.para("PART A  ABOUT THIS REQUEST")
    d.table([["A1. Requesting worker", "Saima Akhtar, Social Worker, Leeds East Children's Social Work Service"],
             ["A2. Manager authorising", "Ruth Cawood (TM)"],
             ["A3. Date and time agreed with ISU", "17 December 2026, 1.30pm"],
             ["A4. Venue", "Hybrid - Reginald Centre / Teams link to follow"]])
    d.para("PART B  CHILD/YOUNG PERSON")
    d.table([["Full name", "DOB", "Ethnicity", "Lives with"],
             ["Tia-Rose Oduya", "02/07/2012", "Black British - African", "mother"]], header=True)
    d.para("PART C  HOUSEHOLD")
    d.table([["Who", "Relationship", "DOB"],
             ["Grace Oduya", "mother", "11/04/1985"],
             ["Daniel Oduya", "brother (not subject, aged 19)", "see chronology"]], header=True)
    d.para("PART D  OTHER IMPORTANT PEOPLE")
    d.para("Father - Samuel Ekwueme - lives in London, no contact for several years.")
    d.para("PART E  AGENCIES INVOLVED")
    d.para("School (Roundhay Park High), Safer Young People team, CAMHS (waiting list), Leeds Youth Service.")
    d.para("PART F  WHY A CONFERENCE IS NEEDED")
    d.para("Category: Sexual abuse.")
    d.para("Tia-Rose has gone missing overnight four times since October and has been found in a flat in Harehills with men in their twenties. She has been given a phone, alcohol and cannabis. The CSE risk assessment on 04/12/2026 scored her at significant risk of child sexual exploitation and she is being discussed at the Child Exploitation Panel. Mother is struggling to keep her safe.")
    d.para("PART G  WHAT HAS BEEN TRIED")
    d.para("Safety planning with mum; return home interviews after each missing episode; mentoring through Youth Service.")
    d.para("PART H  CHILD'S VOICE")
    d.para("Tia-Rose says the men are \"just mates\" and she can look after herself.")
    d.para("PART I  CONSENT / INFORMATION SHARING")
    d.para("Mother consents. Tia-Rose has not consented but information is shared on safeguarding grounds.")
    d.para("PART J  POLICE")
    d.table([["Is there a live police investigation?", "Not at present - police are gathering intelligence; no allegation made by Tia-Rose."],
             ["Attendance", f"{O} Police to attend     {X} Police report only"]])
    return {
        "nn": "02", "district": "leeds", "kind": "initial", "short": "word-parts-cse-report-ticked",
        "received": D(2026, 12, 9, 11, 5), "sender": "saima.akhtar@leeds.gov.uk", "sender_name": "Akhtar, Saima",
        "subject": "ICPC request - T Oduya - 17/12/2026 13:30",
        "body": "Good morning\n\nAttached is the conference request for Tia-Rose ODUYA. ISU have confirmed the date (17/12/2026 at 1.30pm).\n\nRegards\nSaima Akhtar\nSocial Worker\nChildren and Families, Leeds City Council",
        "attachments": [{"name": "ICPC Request - ODUYA.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2026-12-17", "time": "13:30", "tick": False, "harm": ["sexual"],
        "children": [{"name": "Tia-Rose Oduya", "date_of_birth": "2012-07-02"}],
        "adults": ["Grace Oduya", "Samuel Ekwueme"],
        "criteria": ["child_sexual_exploitation"],
        "evidence": {"child_sexual_exploitation": "scored her at significant risk of child sexual exploitation"},
        "decision": "discuss",
        "tags": ["docx-parts", "leeds-cse-choice", "negated-investigation", "report-ticked"],
        "notes": "CSE risk stated in prose; no live investigation (negated). Leeds has no CSE item -> discuss (POLICY choice); tick says report only",
    }


def case03():
    d = Docx("Calderdale Council")
    d.header_footer(footer="Calderdale Safeguarding Children Partnership | Conference request | CCS-30815")
    d.heading("CHILD PROTECTION CONFERENCE - REFERRAL FORM", 1)
    d.para("1. Request details")
    d.table([["Initial / Review / Pre-birth / Transfer-in:", "Initial"],
             ["Date and time allocated by the Conference Team:", "Monday 21 December 2026 at 2pm"],
             ["Venue:", "Northgate House, Halifax (Room 1.12)"]])
    d.para("2. Referrer")
    d.table([["Name / team:", "Lewis Greenwood, Children's Assessment and Safeguarding Team 3"],
             ["Contact:", "01422 392114"]])
    d.para("3. The children")
    d.table([["Name", "Date of birth"],
             ["Freya Crabtree", "14/02/2019"],
             ["Alfie Crabtree", "14/02/2019 (twin)"]], header=True)
    d.para("4. Who lives in the home")
    d.para("Mother Stacey Crabtree and her partner Connor Holroyd. Half-brother Tyler (16) - see s.6.")
    d.para("5. Extended family")
    d.para("Maternal grandparents June and Keith Crabtree in Sowerby Bridge - supportive, see above.")
    d.para("6. Why is a conference being requested?")
    d.para("Neglect and emotional harm. The home conditions have deteriorated again, the twins' attendance is 61% and both have untreated dental decay. Mum's alcohol use has increased since Connor moved in.")
    d.para("Previous involvement: in August 2019 the West Yorkshire Police Safeguarding Unit took Tyler and the twins into police protection after they were found alone overnight; Ms Crabtree was arrested for child neglect and the matter was later NFA'd. CP plan 2019-2020.")
    d.para("7. What has already been tried")
    d.para("CIN plan since June 2026, Family Intervention Team, referral to Calderdale Recovery Steps (mum did not engage).")
    d.para("8. The children's views")
    d.para("Freya draws her house as 'messy and sad'. Alfie would not talk to the SW.")
    d.para("9. Parental consent and advocacy")
    d.para("Ms Crabtree has been told of the conference and has asked for an advocate.")
    d.para("10. Police")
    d.para("The strategy discussion was held on 08/12/2026 with DS Ahmed (Safeguarding Unit). There is no current police investigation.")
    d.table([[f"{O} Police attendance requested", f"{O} Written report sufficient"]])
    return {
        "nn": "03", "district": "calderdale", "kind": "initial", "short": "word-prior-pp-2019-neither-ticked",
        "received": D(2026, 12, 10, 14, 30), "sender": "cp.conferences@calderdale.gov.uk", "sender_name": "Calderdale CP Conference Team",
        "subject": "Conference referral - Crabtree twins (CCS-30815)",
        "body": "Dear colleague,\n\nPlease see the attached conference referral form. The Initial Child Protection Conference will take place on Monday 21st December 2026 at 2.00pm at Northgate House.\n\nA report from West Yorkshire Police is requested.\n\nConference Team\nCalderdale Council",
        "attachments": [{"name": "CCS-30815 conference referral.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2026-12-21", "time": "14:00", "tick": None, "harm": ["neglect", "emotional"],
        "children": [{"name": "Freya Crabtree", "date_of_birth": "2019-02-14"}, {"name": "Alfie Crabtree", "date_of_birth": "2019-02-14"}],
        "adults": ["Stacey Crabtree", "Connor Holroyd", "June Crabtree", "Keith Crabtree"],
        "criteria": ["prior_unit_involvement"],
        "evidence": {"prior_unit_involvement": "in August 2019 the West Yorkshire Police Safeguarding Unit took Tyler and the twins into police protection"},
        "decision": "attend",
        "flags_required": ["tickbox_ambiguous"],
        "tags": ["docx-numbered", "historical-police-protection", "calderdale-prior-involvement", "neither-ticked", "strategy-discussion-distractor"],
        "notes": "2019 police protection and arrest are historical (not police_protection) but show prior unit involvement -> Calderdale attend; neither box ticked",
    }


def case04():
    d = Docx("Kirklees Children's Services")
    d.header_footer(header="KIRKLEES SAFEGUARDING CHILDREN PARTNERSHIP   OFFICIAL - SENSITIVE")
    d.heading("Pre-Birth Child Protection Conference: Booking Request", 1)
    d.table([["Conference type", "Pre-birth initial"],
             ["Date", "06/01/2027"], ["Start", "10:30"], ["Where", "Civic Centre 1, Huddersfield - Meeting Room 4"]])
    d.heading("1  Unborn child", 2)
    d.table([["Mother's name", "EDD", "Midwife"], ["Leah Brook", "19/02/2027", "Community MW Siobhan Carr (Team 3)"]], header=True)
    d.para("Unborn baby will be known as Baby Brook until registered.")
    d.heading("2  Siblings", 2)
    d.para("None - Leah's first pregnancy.")
    d.heading("3  Household", 2)
    d.table([["Name", "Role"], ["Leah Brook (19)", "expectant mother"], ["Marcus Ellis (34)", "partner, believed to be the father"]], header=True)
    d.heading("4  Wider family", 2)
    d.para("Leah's mother, Denise Brook, lives nearby in Dalton. Leah's father not involved. Mr Ellis has an adult daughter (no contact). Mr Ellis is a registered sex offender - he was convicted in 2018 of sexual activity with a 14-year-old girl and is subject to notification requirements until 2028; he is managed by the MOSOVO team. He has moved into Leah's flat without telling his offender manager.")
    d.heading("5  Professionals", 2)
    d.para("Midwifery, Locala health visiting (antenatal contact), Leah's Pathway Plan PA (care leaver), Probation.")
    d.heading("6  Concerns / category", 2)
    d.para("Likelihood of sexual harm to the baby. Leah does not accept that Marcus poses a risk.")
    d.heading("7  What has been tried", 2)
    d.para("Pre-birth assessment started 20/11/2026; written agreement refused.")
    d.heading("8  Views", 2)
    d.para("Leah: 'He did his time, he's not like that now.'")
    d.heading("9  Consent", 2)
    d.para("Information shared without consent on safeguarding grounds (TM agreement 01/12/26).")
    d.heading("10  West Yorkshire Police", 2)
    d.para("Please mark with X:")
    d.table([["Police attendance required", ""], ["Written report sufficient", "X"]])
    return {
        "nn": "04", "district": "kirklees", "kind": "initial", "pre_birth": True, "short": "word-prebirth-rso-in-wider-family-report-ticked",
        "received": D(2026, 12, 14, 10, 2), "sender": "kscp.conferences@kirklees.gov.uk", "sender_name": "KSCP Conference Admin",
        "subject": "Pre-birth CP conference 06/01/2027 - Baby Brook",
        "body": "Please see attached booking request for a pre-birth child protection conference on 6 January 2027.\n\nCould the police please provide a report.\n\nConference Administration\nKirklees Council - Children's Services\n\nThis email and any attachments are confidential. If you have received it in error please notify the sender.",
        "attachments": [{"name": "PB booking - Brook.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2027-01-06", "time": "10:30", "tick": False, "harm": ["sexual"],
        "children": None,
        "adults": ["Leah Brook", "Marcus Ellis", "Denise Brook"],
        "criteria": ["registered_sex_offender"],
        "evidence": {"registered_sex_offender": "Mr Ellis is a registered sex offender"},
        "decision": "attend",
        "tags": ["docx-sections", "pre-birth", "rso-in-wider-family-section", "kirklees-wakefield-rules", "tickbox-conflict", "x-in-cell", "bank-holidays"],
        "notes": "partner living in the flat is an RSO, stated under 'wider family' not under police; Kirklees -> Wakefield rules (W7) attend; report-sufficient marked -> tickbox_conflict. Children unscored (unborn only)",
    }


def case05():
    d = Docx("Bradford Children's Services")
    d.heading("Bradford Children and Families Trust", 2)
    d.heading("ICPC REQUEST / BOOKING FORM", 1)
    d.para("Section 1 - Conference")
    d.table([["Type", "ICPC"], ["Date", "22.12.26"], ["Time", "09:30"], ["Location", "Sir Henry Mitchell House, Manningham Lane"],
             ["Chair", "Naveed Iqbal (IRO)"]])
    d.para("Section 2 - Subject children")
    d.table([["Name", "D.O.B", "Gender"],
             ["Mason Pickles", "23/09/2016", "M"], ["Ellie Pickles", "05/01/2020", "F"], ["Ava Pickles", "as above - 12/12/2021", "F"]], header=True)
    d.para("Section 3 - Parents / carers")
    d.table([["Name", "Relationship", "Address"],
             ["Jade Pickles", "Mother", "14 Fairweather Mews, Bradford BD8"],
             ["Liam Pickles", "Father", "same"]], header=True)
    d.para("Section 4 - Wider family")
    d.para("Paternal grandmother Sandra Pickles visits daily.")
    d.para("Section 5 - Professional network")
    d.para("HV, Lilycroft Primary, Barnardo's family support.")
    d.para("Section 6 - Reason for conference / category of concern")
    d.para("Category: Neglect. Chronic neglect - home conditions (dog faeces, no working cooker), head lice untreated, Ellie's speech delay not followed up, 9 missed health appointments (was not brought).")
    d.para("Section 7 - Previous interventions")
    d.para("CIN since April 2026. See chronology.")
    d.para("Section 8 - Child's wishes and feelings")
    d.para("Mason wants 'a tidy house and a dog that doesn't bite'.")
    d.para("Section 9 - Consent")
    d.para("Parents consent to agency checks.")
    d.para("Section 10 - Police information")
    d.para("Which of the following apply? (mark all that apply)")
    d.table([[f"{O} Current police investigation", f"{O} Child sexual exploitation", f"{O} Registered sex offender in household"],
             [f"{O} Domestic abuse with police involvement", f"{O} Police protection (s46)", f"{O} Wilful neglect / child cruelty investigation"]])
    d.para("Comments: strategy discussion with police 10/12/2026 - police view is that the criminal threshold for wilful neglect is not met. No police involvement with the family other than PNC/Niche checks.")
    d.table([["Police attendance", f"{O} Required   {X} Not required - written report sufficient"]])
    return {
        "nn": "05", "district": "bradford", "kind": "initial", "short": "word-neglect-unticked-criteria-list",
        "received": D(2026, 12, 15, 8, 47), "sender": "cp.admin@bradford.gov.uk", "sender_name": "CP Admin Team",
        "subject": "ICPC BOOKING: PICKLES children 22/12/26 0930",
        "body": "Morning all,\n\nPlease find the booking form attached for the above conference. The police report can be emailed to this mailbox.\n\nCP Admin Team\nBradford Children and Families Trust\nCity of Bradford MDC",
        "attachments": [{"name": "PICKLES ICPC booking.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2026-12-22", "time": "09:30", "tick": False, "harm": ["neglect"],
        "children": [{"name": "Mason Pickles", "date_of_birth": "2016-09-23"}, {"name": "Ellie Pickles", "date_of_birth": "2020-01-05"},
                     {"name": "Ava Pickles", "date_of_birth": "2021-12-12"}],
        "adults": ["Jade Pickles", "Liam Pickles", "Sandra Pickles"],
        "criteria": [],
        "decision": "report_only",
        "tags": ["docx-sections", "printed-criteria-list-unticked", "category-neglect-not-wilful", "threshold-not-met", "bradford-wakefield-rules"],
        "notes": "every police criterion printed with empty boxes; 'category: neglect' and 'threshold for wilful neglect is not met' are not findings; report sufficient -> report_only",
    }


def case06():
    d = Docx("Wakefield CYPS")
    d.header_footer(header="Wakefield Council - Safeguarding and Review Unit", footer="Transfer-in request TI/26/118")
    d.heading("TRANSFER IN CHILD PROTECTION CONFERENCE - REQUEST", 1)
    d.para("(1) Transferring authority: Lancashire County Council (Burnley). Receiving team: Wakefield Children's Social Work - Pontefract.")
    d.para("(2) Conference: Tuesday 29 December 2026, 11.00 am, via MS Teams")
    d.para("(3) Children:")
    d.table([["Ruby Whitham, DOB 19/06/2015", "Category on Lancashire plan: Emotional"],
             ["Oscar Whitham, DOB 02/11/2017", "Category on Lancashire plan: Emotional"]])
    d.para("(4) Household at new address (Knottingley): mother Nicola Whitham; maternal aunt Kerry Bennett.")
    d.para("(5) Other family: father Craig Whitham remains in Burnley; indirect contact only.")
    d.para("(6) Network: new schools not yet confirmed; Lancashire SW Dan Haworth to attend handover.")
    d.para("(7) Concerns leading to the plan: mother's mental health, parental conflict, Ruby self-harming.")
    d.para("The school raised a CSE concern in October. After the return interview the CSE screening tool was completed with Lancashire's exploitation team on 20/11/2026; outcome: no risk of sexual exploitation identified and no further action on this strand.")
    d.para("(8) Progress on the plan: partial. Core groups held monthly in Burnley.")
    d.para("(9) Children's views: Ruby wants to live near her aunt; Oscar misses his dad.")
    d.para("(10) Consent: mother aware and agrees to the transfer.")
    d.para("(11) Police: Lancashire Constabulary were not part of the core group. No current police matters known.")
    d.para("Does the Chair require police attendance?  YES")
    return {
        "nn": "06", "district": "wakefield", "kind": "transfer_in", "short": "word-transfer-lancashire-cse-negated-attendance-yes",
        "received": D(2026, 12, 18, 15, 55), "sender": "sru.bookings@wakefield.gov.uk", "sender_name": "SRU Bookings",
        "subject": "Transfer In CPC - WHITHAM - Tues 29/12/26",
        "body": "Dear West Yorkshire Police,\n\nPlease find attached a transfer-in conference request. Due to the Christmas closure please note the date is Tuesday 29th December 2026 at 11am.\n\nKind regards\nSafeguarding and Review Unit\nWakefield Council",
        "attachments": [{"name": "TI request WHITHAM.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2026-12-29", "time": "11:00", "tick": True, "harm": ["emotional"],
        "children": [{"name": "Ruby Whitham", "date_of_birth": "2015-06-19"}, {"name": "Oscar Whitham", "date_of_birth": "2017-11-02"}],
        "adults": ["Nicola Whitham", "Kerry Bennett", "Craig Whitham"],
        "criteria": [],
        "decision": "discuss",
        "tags": ["docx-numbered-prose", "transfer-in", "negation-far-from-keyword", "attendance-yes-prose", "bank-holidays"],
        "notes": "CSE raised then screened out two sentences later ('no risk of sexual exploitation identified'); Chair requires attendance (yes) -> discuss; notice exactly 5 WD over Christmas",
    }


def case07():
    d = Docx("Leeds CSC")
    d.heading("REQUEST FOR CHILD PROTECTION CONFERENCE", 1)
    d.para("Leeds Safeguarding Children Partnership multi-agency template - complete ALL sections, write 'N/K' if not known")
    d.table([["Section", "Details"],
             ["1. Conference", "ICPC - Monday 11th January 2027 10:00 - Merrion House, Room 6.14"],
             ["2. Referrer", "Becky Thornton SW, Leeds West (Armley)"],
             ["3. Child(ren)", "Harvey Lumb 08/08/2018; Poppy Lumb 21/03/2022"],
             ["4. Household", "Mum - Kirsty Lumb; mum's partner - Jordan Cawthorne (not the children's father)"],
             ["5. Other significant adults", "N/K"],
             ["6. Professional network", "as per chronology"],
             ["7. Reason for conference", "Emotional harm from serious domestic abuse. Jordan strangled Kirsty on 19/12/2026 while the children were in the house; DASH high risk. Kirsty was heard at MARAC on 30/12/2026. The Leeds Domestic Violence Co-ordinator is currently working with Kirsty and police have put in place a DVPO which is in force until 16/01/2027."],
             ["8. What has been tried", "Safety plan; Women's Aid refuge offered and declined"],
             ["9. Child's views", "Harvey says he hides under the bed 'when the shouting happens'"],
             ["10. Consent", "Mum consents"],
             ["11. Police involvement", "as above"]], header=True)
    return {
        "nn": "07", "district": "leeds", "kind": "initial", "short": "word-grid-da-marac-dvpo-as-above",
        "received": D(2027, 1, 4, 9, 40), "sender": "becky.thornton@leeds.gov.uk", "sender_name": "Becky Thornton",
        "subject": "RE: conference request - Lumb",
        "body": "Hi\n\nForm attached as discussed with the ISU this morning. Police involvement is in box 7.\n\nBecky Thornton\nSocial Worker | Leeds West | Leeds City Council\n0113 378 2210\n\nThe information in this email may be confidential and legally privileged. Unauthorised disclosure may be a criminal offence.",
        "attachments": [{"name": "CP request LUMB Jan27.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2027-01-11", "time": "10:00", "tick": None, "harm": ["emotional"],
        "children": [{"name": "Harvey Lumb", "date_of_birth": "2018-08-08"}, {"name": "Poppy Lumb", "date_of_birth": "2022-03-21"}],
        "adults": ["Kirsty Lumb", "Jordan Cawthorne"],
        "criteria": ["domestic_abuse_current_involvement"],
        "evidence": {"domestic_abuse_current_involvement": "The Leeds Domestic Violence Co-ordinator is currently working with Kirsty"},
        "decision": "attend",
        "tags": ["docx-two-column-grid", "as-above", "da-dv-coordinator", "leeds", "no-tickbox", "disclaimer-criminal-offence"],
        "notes": "strangulation, DASH high, MARAC, DV co-ordinator working with mother, DVPO in force: Leeds item 5 -> attend; police section just says 'as above'",
    }


CASES = [case01, case02, case03, case04, case05, case06, case07]
