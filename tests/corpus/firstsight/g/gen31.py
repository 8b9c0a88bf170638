"""Layout 31: Outlook HTML reply chains, booking form pasted into the email as an HTML table."""
import datetime as dt

from lib import POLICE, SIG_DISCLAIMER, build_email, gmt, kid, label, write_case
from outlook import chain

D = dt.date


def case31_01():
    name = "g-31-01-wakefield-icpc-reply-time-venue-change-police-protection"
    rec = D(2026, 11, 23)
    subj = "RE: ICPC booking - NOWAK / BAILEY - 03/12/2026 [OFFICIAL-SENSITIVE]"
    form = [
        ("h", "WAKEFIELD SAFEGUARDING AND REVIEW UNIT - CONFERENCE BOOKING FORM"),
        ("kv", "Conference type", "Initial Child Protection Conference"),
        ("kv", "Date", "03/12/2026"),
        ("kv", "Time", "10:00"),
        ("kv", "Venue", "County Hall, Bond Street, Wakefield - Room 14"),
        ("kv", "Chair", "Margaret Lumb"),
        ("kv", "Social worker / team", "Olu Adeyemi, Assessment Team East"),
        ("kv", "Category requested", "Neglect"),
        ("h", "CHILDREN"),
        ("grid", ["Name", "DOB", "Gender", "School/Nursery"],
         [["Kacper Nowak-Bailey", "14/02/2017", "M", "Lupset Park Primary"],
          ["Zuzanna Nowak", "09/09/2020", "F", "Lupset Park Nursery"]]),
        ("h", "ADULTS"),
        ("grid", ["Name", "Relationship", "DOB", "Address"],
         [["Agnieszka Nowak", "Mother", "30/05/1993", "14 Thornes Moor Close, Wakefield"],
          ["Lee Bailey", "Father of Kacper (not resident)", "21/10/1990", "Flat 2, 88 Dewsbury Road, Ossett"],
          ["Dariusz Wróbel", "Mother's partner", "07/01/1988", "14 Thornes Moor Close, Wakefield"]]),
        ("h", "REASON FOR CONFERENCE"),
        ("text", "On the evening of 12/11/2026 a neighbour called 999 after hearing Zuzanna crying for over an hour. "
                 "Officers found Kacper (9) and Zuzanna (6) alone in the house with no heating and no food, and both "
                 "children were taken into police protection under section 46 Children Act 1989. They are currently "
                 "staying with their maternal aunt under a safety plan."),
        ("text", "Ms Nowak and Mr Wróbel returned at 02:15 and said they had been at a friend's house. Whether a "
                 "criminal investigation into wilful neglect will follow has not yet been decided."),
        ("h", "WEST YORKSHIRE POLICE (mark one with X)"),
        ("tick", "Police attendance required", "X"),
        ("tick", "Written report sufficient", ""),
    ]
    msgs = [
        dict(paras=["Good afternoon,",
                    "Please note two changes to the arrangements for this conference. The date stays the same "
                    "(Thursday 3 December 2026) but the start time is now 1.30pm, and the venue is now Wakefield One, "
                    "Burton Street, Room 2 (not County Hall). Everything else on the booking form below is unchanged.",
                    "Apologies for any inconvenience."],
             sig=["Kind regards", "", "Tracey Whiteley", "Business Support Officer",
                  "Safeguarding and Review Unit | Wakefield Council", "Tel: 01924 306 4471 | Mob: 07700 900412"],
             disclaimer=SIG_DISCLAIMER["wakefield"]),
        dict(header={"From": "Tracey Whiteley", "Sent": "20 November 2026 15:52", "To": "Wakefield CPPU",
                     "Cc": "Olu Adeyemi; Margaret Lumb",
                     "Subject": "ICPC booking - NOWAK / BAILEY - 03/12/2026 [OFFICIAL-SENSITIVE]"},
             paras=["Good afternoon,",
                    "Please see the booking form below for an Initial Child Protection Conference. We are unable to "
                    "attach documents from the new case system at present so the form has been pasted into this email.",
                    "Please send your report to the Chair at least three working days before the conference."],
             sig=["Tracey Whiteley", "Business Support Officer", "Safeguarding and Review Unit | Wakefield Council",
                  "Tel: 01924 306 4471"],
             form=form),
    ]
    html, text, texts = chain(msgs)
    eml = build_email(case=name, from_name="Tracey Whiteley", from_addr="tracey.whiteley@wakefield.gov.uk",
                      to=POLICE["wakefield"], subject=subj, sent=gmt(rec, 14, 1), received=gmt(rec, 14, 5),
                      text=text, html=html, cc="Olu Adeyemi <olu.adeyemi@wakefield.gov.uk>",
                      in_reply_to="<9A41C0E2F11B4D2E8C3B@EXHYB01.wakefield.gov.uk>")
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2026-12-03", time="13:30",
                tick="required", harm=["neglect"],
                children=[kid("Kacper Nowak-Bailey", "2017-02-14"), kid("Zuzanna Nowak", "2020-09-09")],
                adults=["Agnieszka Nowak", "Lee Bailey", "Dariusz Wróbel"], criteria=["police_protection"],
                decision="attend", received=rec, texts=[subj] + texts,
                tags=["outlook-reply-chain", "html-table-form", "time-change", "venue-change", "police-protection",
                      "wilful-neglect-undecided"],
                notes="Children taken into police protection (s46) led to the ICPC: Wakefield §4.5 item 4 -> attend. "
                      "Wilful neglect investigation 'not yet decided' is not active (no criterion). Newest message "
                      "changes the time to 13:30 on the same date (rescheduled flag left unscored).",
                unscored=["rescheduled"])
    write_case(name, eml, lab)


def case31_02():
    name = "g-31-02-leeds-rcpc-reply-to-police-question-report-only"
    rec = D(2026, 11, 24)
    subj = "RE: RCPC - OKAFOR children - 09/12/2026"
    form = [
        ("h", "LEEDS INTEGRATED SAFEGUARDING UNIT - REVIEW CHILD PROTECTION CONFERENCE"),
        ("kv", "Conference", "Review Child Protection Conference (first review)"),
        ("kv", "Date and time", "Wednesday 09/12/2026 at 13:00"),
        ("kv", "Venue", "Microsoft Teams (link from ISU)"),
        ("kv", "Mosaic ref", "M-448120"),
        ("kv", "Independent Reviewing Officer", "Helen Stead"),
        ("kv", "Social worker", "Jasmine Ward, Seacroft and Manston Team"),
        ("kv", "Plan category", "Neglect"),
        ("grid", ["Child", "Date of birth", "Setting"],
         [["Amara Okafor", "02/06/2019", "Parklands Primary"],
          ["Chidi Okafor-Dunne", "17/01/2023", "Little Acorns Nursery"]]),
        ("grid", ["Adult", "Relationship", "Date of birth"],
         [["Ngozi Okafor", "Mother", "11/11/1995"],
          ["Sean Dunne", "Father of Chidi", "04/04/1992"]]),
        ("kv", "Progress since ICPC",
         "Home conditions have improved; Chidi's health appointments have all been kept since September. "
         "Ms Okafor is engaging with the Family Support worker."),
        ("kv", "Police attendance required", ""),
        ("kv", "Report only", "✓"),
    ]
    msgs = [
        dict(paras=["Hi Dave,",
                    "Thanks for your email below. Our attachment didn't get through your system, so the booking form "
                    "for the review conference is pasted in below instead.",
                    "To answer your questions: there is no current police involvement with the family. The 2023 "
                    "incident you found was a parking dispute between neighbours and had nothing to do with the "
                    "children. The core group is made up of me, the health visitor, school, the nursery and the parents; "
                    "police are not core group members. A written report will be fine."],
             sig=["Jasmine Ward", "Social Worker | Seacroft and Manston Team", "Children and Families | Leeds City Council",
                  "0113 378 5530 | 07700 900 733", "Working hours Mon-Thu"],
             form=form, disclaimer=SIG_DISCLAIMER["leeds"]),
        dict(header={"From": "Hargreaves, David (PC 4419)", "Sent": "23 November 2026 16:20",
                     "To": "Ward, Jasmine", "Subject": "RE: RCPC - OKAFOR children - 09/12/2026"},
             paras=["Hi Jasmine,",
                    "The attachment on the invite below was stripped by our gateway. Could you resend the form in the "
                    "body of an email? Also, could you confirm whether there is any current police involvement, and "
                    "whether police are part of the core group? Our systems show one incident at the address in 2023.",
                    "Thanks, Dave"],
             sig=["PC 4419 David Hargreaves", "Leeds CPPU, Weetwood"]),
        dict(header={"From": "Ward, Jasmine", "Sent": "20 November 2026 09:14", "To": "Leeds CPPU Weetwood (Conference SPOC)",
                     "Subject": "RCPC - OKAFOR children - 09/12/2026"},
             paras=["Good morning, please find attached the booking form for the first review conference for Amara and "
                    "Chidi. Thanks, Jasmine"]),
    ]
    html, text, texts = chain(msgs)
    eml = build_email(case=name, from_name="Ward, Jasmine", from_addr="jasmine.ward@leeds.gov.uk",
                      to=POLICE["leeds"], subject=subj, sent=gmt(rec, 10, 2), received=gmt(rec, 10, 4),
                      text=text, html=html, in_reply_to="<44B0E1A9C2D311F0A7@EXHYB01.leeds.gov.uk>")
    lab = label(district="leeds", kind="review", pre_birth=False, date="2026-12-09", time="13:00",
                tick="report", harm=["neglect"],
                children=[kid("Amara Okafor", "2019-06-02"), kid("Chidi Okafor-Dunne", "2023-01-17")],
                adults=["Ngozi Okafor", "Sean Dunne"], criteria=[], decision="report_only", received=rec,
                texts=[subj] + texts,
                tags=["outlook-reply-chain", "police-question-quoted", "core-group-negated", "review", "tick-report"],
                notes="Leeds review: police not core group members ('police are not core group members'; the officer's "
                      "quoted question only asks), no current police matter, report-only ticked -> report_only "
                      "(POLICY decision rule 3). 11 working days' notice >= 10.")
    write_case(name, eml, lab)


def case31_03():
    name = "g-31-03-calderdale-icpc-reply-moved-date-prior-involvement"
    rec = D(2026, 11, 25)
    subj = "RE: Initial CP Conference - HORSFALL / IQBAL - DATE CHANGE"
    form = [
        ("h", "CALDERDALE CHILDREN'S SERVICES - CHILD PROTECTION CONFERENCE REQUEST"),
        ("kv", "Type", "Initial"),
        ("kv", "Date of conference", "Tuesday 1 December 2026"),
        ("kv", "Time", "10:00 - 12:00"),
        ("kv", "Venue", "Northgate House, Halifax HX1 1UN - Calder Room"),
        ("kv", "Chair", "Paul Greenwood"),
        ("kv", "Social worker", "Alicja Kowalczyk"),
        ("kv", "Category", "Physical abuse"),
        ("grid", ["Child's name", "DOB", "Address"],
         [["Maisie Horsfall", "11/03/2015", "3 Dean Clough Mews, Halifax"],
          ["Rayyan Iqbal", "30/07/2021", "3 Dean Clough Mews, Halifax"]]),
        ("grid", ["Parent / carer", "Relationship", "DOB"],
         [["Leanne Horsfall", "Mother", "02/12/1991"],
          ["Imran Iqbal", "Mother's partner, father of Rayyan", "15/06/1989"]]),
        ("kv", "Reason for request",
         "On 16/11/2026 Maisie told her teacher that Mr Iqbal slapped her across the face and pushed her into a door. "
         "A strategy discussion with police took place on 19/11/2026 and it was agreed the enquiry would be a "
         "single-agency section 47 by Children's Social Care; police are not investigating because Maisie and her "
         "mother declined to make a statement."),
        ("kv", "Relevant history",
         "In 2019 Mr Iqbal was arrested by the Calderdale Safeguarding Unit for assaulting his 8-year-old nephew; the "
         "investigation ended with no further action."),
    ]
    msgs = [
        dict(paras=["Dear colleagues,",
                    "Please note that the Initial Child Protection Conference for Maisie and Rayyan has been MOVED from "
                    "Tuesday 1 December 2026 to Tuesday 8 December 2026. The time (10:00) and the venue (Northgate House, "
                    "Halifax) are unchanged.",
                    "The booking form from my original email is below for reference - please ignore the old date on it."],
             sig=["Many thanks", "Shelley Marsden", "Child Protection Conference Administrator",
                  "Calderdale Council | Safeguarding and Quality Assurance", "01422 393 8860"],
             disclaimer=SIG_DISCLAIMER["calderdale"]),
        dict(header={"From": "Marsden, Shelley", "Sent": "Friday, November 20, 2026 11:03 AM",
                     "To": "CD Safeguarding Case Conference", "Cc": "Kowalczyk, Alicja",
                     "Subject": "Initial CP Conference - HORSFALL / IQBAL"},
             paras=["Good morning,", "Please see below the request for an Initial Child Protection Conference."],
             sig=["Shelley Marsden", "Child Protection Conference Administrator"], form=form),
    ]
    html, text, texts = chain(msgs)
    eml = build_email(case=name, from_name="Marsden, Shelley", from_addr="shelley.marsden@calderdale.gov.uk",
                      to=POLICE["calderdale"], subject=subj, sent=gmt(rec, 11, 18), received=gmt(rec, 11, 20),
                      text=text, html=html, in_reply_to="<0C7AD2E1B0A94F@EXHYB01.calderdale.gov.uk>")
    lab = label(district="calderdale", kind="initial", pre_birth=False, date="2026-12-08", time="10:00",
                tick="absent", has_tickbox=False, harm=["physical"],
                children=[kid("Maisie Horsfall", "2015-03-11"), kid("Rayyan Iqbal", "2021-07-30")],
                adults=["Leanne Horsfall", "Imran Iqbal"], criteria=["prior_unit_involvement"], decision="attend",
                received=rec, texts=[subj] + texts, flags_required=["rescheduled"],
                tags=["outlook-reply-chain", "rescheduled", "old-date-in-quoted-form", "strategy-discussion-trap",
                      "single-agency-s47", "prior-unit-involvement"],
                notes="Calderdale: the unit arrested Mr Iqbal in 2019 (NFA) = previous significant involvement with a "
                      "significant person -> attend (POLICY Calderdale list). Current enquiry is single-agency, "
                      "strategy discussion is not an investigation. Newest message moves the date to 08/12/2026.")
    write_case(name, eml, lab)


def case31_04():
    name = "g-31-04-kirklees-icpc-reply-venue-both-boxes-marked"
    rec = D(2026, 11, 26)
    subj = "RE: ICPC 10.12.26 - BROOK - venue confirmed"
    form = [
        ("h", "Kirklees Children's Services - Child Protection Conference Booking Request"),
        ("kv", "Conference type", "ICPC"),
        ("kv", "Date", "10.12.26"),
        ("kv", "Time", "2pm"),
        ("kv", "Venue", "TBC"),
        ("kv", "Approach", "Strengthening Families"),
        ("kv", "Category", "Emotional abuse"),
        ("grid", ["Child", "D.O.B.", "School"],
         [["Tommy Brook", "05/05/2018", "Birkby Junior School"],
          ["Dale Brook", "22/08/2021", "Birkby Infant Nursery"]]),
        ("grid", ["Adult", "Role", "D.O.B."],
         [["Summer Brook", "Mother", "19/03/1996"],
          ["Jordan Heaton", "Father", "28/02/1994"]]),
        ("kv", "Reason for conference",
         "Both parents misuse alcohol and cocaine; the children have witnessed frequent verbal arguments and were found "
         "by school staff to be frightened to go home. A strategy discussion with police was held on 20/11/2026. "
         "There is no police investigation and no criminal offence has been identified."),
        ("kv", "Police attendance required", "X"),
        ("kv", "Written report sufficient", "X"),
    ]
    msgs = [
        dict(paras=["Afternoon all,",
                    "Venue now confirmed for the conference below: Civic Centre 1, High Street, Huddersfield HD1 2NF, "
                    "Meeting Room 4 (2nd floor). Date and time as before."],
             sig=["Thanks", "Naveed Akhtar", "Conference and Review Administration", "Kirklees Council",
                  "Tel 01484 221 9004"],
             disclaimer=SIG_DISCLAIMER["kirklees"]),
        dict(header={"From": "Akhtar, Naveed", "Sent": "24 November 2026 12:47", "To": "Kirklees Safeguarding Unit",
                     "Subject": "ICPC 10.12.26 - BROOK"},
             paras=["Hello,", "Booking request pasted below for an ICPC on 10 December. Venue to be confirmed.",
                    "Reports to the Chair please by 3 working days before."],
             sig=["Naveed Akhtar", "Conference and Review Administration"], form=form),
    ]
    html, text, texts = chain(msgs)
    eml = build_email(case=name, from_name="Akhtar, Naveed", from_addr="naveed.akhtar@kirklees.gov.uk",
                      to=POLICE["kirklees"], subject=subj, sent=gmt(rec, 15, 30), received=gmt(rec, 15, 31),
                      text=text, html=html, in_reply_to="<7ED11A20B3C54A@EXHYB01.kirklees.gov.uk>")
    lab = label(district="kirklees", kind="initial", pre_birth=False, date="2026-12-10", time="14:00",
                tick="both", harm=["emotional"],
                children=[kid("Tommy Brook", "2018-05-05"), kid("Dale Brook", "2021-08-22")],
                adults=["Summer Brook", "Jordan Heaton"], criteria=[], decision="discuss", received=rec,
                texts=[subj] + texts,
                tags=["outlook-reply-chain", "venue-change", "both-boxes", "names-are-words", "strategy-discussion-trap"],
                notes="Kirklees (Wakefield rules): no criterion (police not investigating); both boxes marked -> discuss "
                      "with tickbox_ambiguous (POLICY decision rule 2, last line).")
    write_case(name, eml, lab)


def case31_05():
    name = "g-31-05-bradford-icpc-chair-agreed-with-di-tick-report-conflict"
    rec = D(2026, 11, 27)
    subj = "RE: ICPC Monday 7th December - BEGUM/KHAN - police attendance"
    form = [
        ("h", "BRADFORD CHILDREN'S SOCIAL CARE - ICPC BOOKING FORM"),
        ("kv", "Type of conference", "Initial Child Protection Conference"),
        ("kv", "Date", "Monday 7th December 2026"),
        ("kv", "Time", "10.00am"),
        ("kv", "Venue", "Margaret McMillan Tower, Princes Way, Bradford BD1 1NN"),
        ("kv", "Chair", "Rukhsana Aslam"),
        ("kv", "Social worker", "Ewan McAllister"),
        ("kv", "Category", "Emotional"),
        ("grid", ["Child", "DOB", "School"],
         [["Hafsa Begum", "19/08/2012", "Belle Vue Girls' Academy"],
          ["Yusuf Khan", "03/03/2016", "Lilycroft Primary"]]),
        ("grid", ["Adult", "Relationship", "DOB"],
         [["Shazia Begum", "Mother", "01/01/1985"],
          ["Tariq Khan", "Father", "12/09/1980"]]),
        ("kv", "Reason for conference",
         "Hafsa told her form tutor that she is being taken to Pakistan in the February half-term to be married to a "
         "cousin. Her passport has been taken by her father. Mr Khan denies this. Hafsa is frightened and has asked "
         "not to be sent home."),
        ("kv", "Police (please mark)", "☐ Attendance required   ☒ Written report sufficient"),
    ]
    msgs = [
        dict(paras=["Dear all,",
                    "Following my conversation with DI Farhan Mahmood this afternoon, it has been agreed that police will "
                    "attend this conference, given the forced marriage concerns and the Forced Marriage Protection Order "
                    "application being considered. Please can the CPPU allocate an officer.",
                    "The booking form, which was completed before that discussion, is below."],
             sig=["Regards", "Rukhsana Aslam", "Child Protection Conference Chair",
                  "Safeguarding and Reviewing Unit | Children's Services | Bradford Council", "01274 43 9921"],
             disclaimer=SIG_DISCLAIMER["bradford"]),
        dict(header={"From": "McAllister, Ewan", "Sent": "Thursday, 26 November 2026 09:10",
                     "To": "Bradford District Safeguarding Unit; Aslam, Rukhsana",
                     "Subject": "ICPC Monday 7th December - BEGUM/KHAN"},
             paras=["Morning,", "ICPC booking form below. Thanks, Ewan"],
             sig=["Ewan McAllister", "Social Worker, Keighley Locality Team", "07700 900 218"], form=form),
    ]
    html, text, texts = chain(msgs)
    eml = build_email(case=name, from_name="Aslam, Rukhsana", from_addr="rukhsana.aslam@bradford.gov.uk",
                      to=POLICE["bradford"], subject=subj, sent=gmt(rec, 16, 38), received=gmt(rec, 16, 40),
                      text=text, html=html, cc="Ewan McAllister <ewan.mcallister@bradford.gov.uk>",
                      in_reply_to="<B3A90E1C7D224E@EXHYB01.bradford.gov.uk>")
    lab = label(district="bradford", kind="initial", pre_birth=False, date="2026-12-07", time="10:00",
                tick="report", harm=["emotional"],
                children=[kid("Hafsa Begum", "2012-08-19"), kid("Yusuf Khan", "2016-03-03")],
                adults=["Shazia Begum", "Tariq Khan"], criteria=["negotiated_attendance"], decision="attend",
                received=rec, texts=[subj] + texts,
                tags=["outlook-reply-chain", "chair-top-message", "negotiated-attendance", "tick-report-conflict"],
                notes="Bradford (Wakefield rules): chair and DI agreed police attend = item 8 negotiated attendance -> "
                      "attend; the form's 'written report sufficient' tick conflicts -> tickbox_conflict.")
    write_case(name, eml, lab)


def case31_06():
    name = "g-31-06-wakefield-icpc-reply-cancelled-family-moved"
    rec = D(2026, 11, 30)
    subj = "RE: ICPC - O'SULLIVAN-REID - 09/12/2026 - CANCELLED"
    form = [
        ("h", "WAKEFIELD SAFEGUARDING AND REVIEW UNIT - CONFERENCE BOOKING FORM"),
        ("kv", "Conference type", "Initial Child Protection Conference"),
        ("kv", "Date", "09/12/2026"),
        ("kv", "Time", "10:00"),
        ("kv", "Venue", "Wakefield One, Burton Street - Room 5"),
        ("kv", "Category requested", "Physical"),
        ("grid", ["Name", "DOB", "Gender", "School/Nursery"],
         [["Róisín O'Sullivan-Reid", "27/06/2016", "F", "Outwood Primary"],
          ["Cian O'Sullivan-Reid", "13/11/2019", "M", "Outwood Primary"]]),
        ("grid", ["Name", "Relationship", "DOB", "Address"],
         [["Siobhán O'Sullivan", "Mother", "08/08/1990", "22 Leeds Road, Outwood"],
          ["Kyle Reid", "Father", "17/02/1989", "22 Leeds Road, Outwood"]]),
        ("text", "Cian attended school with a burn to his forearm. Mr Reid was arrested on 24/11/2026 and released on "
                 "police bail with conditions not to have unsupervised contact with the children."),
        ("tick", "Police attendance required", "X"),
        ("tick", "Written report sufficient", ""),
    ]
    msgs = [
        dict(paras=["Good morning,",
                    "Please note that the Initial Child Protection Conference for Róisín and Cian O'Sullivan-Reid arranged "
                    "for Wednesday 9 December 2026 at 10:00 has been CANCELLED. The family moved to Glasgow on 27/11/2026 "
                    "and the case is being transferred to Glasgow City Council.",
                    "No report is required. Please update your records."],
             sig=["Tracey Whiteley", "Business Support Officer", "Safeguarding and Review Unit | Wakefield Council",
                  "Tel: 01924 306 4471"],
             disclaimer=SIG_DISCLAIMER["wakefield"]),
        dict(header={"From": "Tracey Whiteley", "Sent": "25 November 2026 10:22", "To": "Wakefield CPPU",
                     "Subject": "ICPC - O'SULLIVAN-REID - 09/12/2026"},
             paras=["Please see the booking form below."], sig=["Tracey Whiteley"], form=form),
    ]
    html, text, texts = chain(msgs)
    eml = build_email(case=name, from_name="Tracey Whiteley", from_addr="tracey.whiteley@wakefield.gov.uk",
                      to=POLICE["wakefield"], subject=subj, sent=gmt(rec, 9, 12), received=gmt(rec, 9, 13),
                      text=text, html=html, in_reply_to="<51E0AC37D9A14B@EXHYB01.wakefield.gov.uk>")
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2026-12-09", time="10:00",
                tick="required", harm=["physical"],
                children=[kid("Róisín O'Sullivan-Reid", "2016-06-27"), kid("Cian O'Sullivan-Reid", "2019-11-13")],
                adults=["Siobhán O'Sullivan", "Kyle Reid"], criteria=["current_investigation"],
                decision="manual_review", manual=True, deadlines=False, received=rec, texts=[subj] + texts,
                flags_required=["cancelled"],
                unscored=["tickbox_conflict", "rescheduled", "no_booking_form"],
                tags=["outlook-reply-chain", "cancelled", "irish-names", "apostrophe-hyphen-names"],
                notes="Newest message says the conference is cancelled -> manual_review with cancelled (POLICY decision "
                      "rule 1), whatever the quoted form says (bail = current investigation).")
    write_case(name, eml, lab)


def case31_07():
    name = "g-31-07-leeds-icpc-reply-corrected-time-cse-and-cce"
    rec = D(2026, 12, 1)
    subj = "RE: ICPC POPESCU / HALL 15/12/26 - corrected start time"
    form = [
        ("h", "REQUEST FOR INITIAL CHILD PROTECTION CONFERENCE"),
        ("kv", "Date of ICPC", "15/12/2026"),
        ("kv", "Start time", "09:30"),
        ("kv", "Venue", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB (hybrid)"),
        ("kv", "Mosaic ref", "M-503377"),
        ("kv", "Category", "Sexual"),
        ("grid", ["Child / young person", "DOB", "School"],
         [["Daria Popescu", "21/04/2011", "Leeds East Academy"],
          ["Ionuț Popescu", "02/10/2014", "Leeds East Academy"],
          ["Mia Hall", "06/06/2019", "Harehills Primary"]]),
        ("grid", ["Adult", "Relationship", "DOB"],
         [["Elena Popescu", "Mother", "14/02/1988"],
          ["Craig Hall", "Mother's partner, father of Mia", "30/09/1985"]]),
        ("kv", "Reason for request",
         "Daria is considered to be at significant risk of child sexual exploitation. She has been missing overnight "
         "five times since September and has been seen getting into cars with adult men in Harehills. The CSE risk "
         "assessment completed on 25/11/2026 scored high."),
        ("kv", "Other concerns",
         "Ionuț was found in Bradford with older youths and there are concerns about criminal exploitation / county "
         "lines. Mr Hall is not a registered sex offender and police checks on him show no trace."),
        ("kv", "Police attendance required?", "No - written report"),
    ]
    msgs = [
        dict(paras=["Hi,",
                    "Re-sending the ICPC request as a table in the body as your team asked. Please note the start time "
                    "is 9.30am, not 10am as I wrote in my first email below - sorry about that."],
             form=form,
             sig=["Bogdan Ilie", "Social Worker | Inner East Duty and Assessment", "Leeds City Council",
                  "M: 07700 900 861 | T: 0113 376 0042"],
             disclaimer=SIG_DISCLAIMER["leeds"]),
        dict(header={"From": "Ilie, Bogdan", "Sent": "30 November 2026 17:05", "To": "Leeds CPPU Weetwood (Conference SPOC)",
                     "Subject": "ICPC POPESCU / HALL 15/12/26"},
             paras=["Hello, an ICPC has been booked for 15/12/26 at 10am for Daria, Ionuț and Mia. Request form to "
                    "follow. Bogdan"]),
    ]
    html, text, texts = chain(msgs)
    eml = build_email(case=name, from_name="Ilie, Bogdan", from_addr="bogdan.ilie@leeds.gov.uk",
                      to=POLICE["leeds"], subject=subj, sent=gmt(rec, 8, 40), received=gmt(rec, 8, 41),
                      text=text, html=html, in_reply_to="<C1D7B0EA55F24B@EXHYB01.leeds.gov.uk>")
    lab = label(district="leeds", kind="initial", pre_birth=False, date="2026-12-15", time="09:30",
                tick="report", harm=["sexual"],
                children=[kid("Daria Popescu", "2011-04-21"), kid("Ionuț Popescu", "2014-10-02"),
                          kid("Mia Hall", "2019-06-06")],
                adults=["Elena Popescu", "Craig Hall"], criteria=["child_sexual_exploitation"], decision="discuss",
                received=rec, texts=[subj] + texts, unscored=["rescheduled"],
                tags=["outlook-reply-chain", "corrected-time", "cse", "cce-trap", "rso-negated", "romanian-names",
                      "three-children-two-surnames"],
                notes="Leeds: CSE a considered risk alone -> discuss (POLICY choice: Leeds list has no CSE item). County "
                      "lines/CCE is not CSE; 'not a registered sex offender' is negated.")
    write_case(name, eml, lab)


if __name__ == "__main__":
    for f in [case31_01, case31_02, case31_03, case31_04, case31_05, case31_06, case31_07]:
        f()
