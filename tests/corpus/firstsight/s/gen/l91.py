"""Layout 91: printed PDF forms answered with Fill & Sign / annotation tools."""
from common import attach_bytes, build_label, make_message, recv, write_case
from pdfannot import render

R = "Police attendance required"
S = "Written report sufficient"


def case(stem, *, district, sender, subject, received, body, spec, fname, meta, auth="pass", tags=(), notes=""):
    pdf, texts = render(spec)
    eml = make_message(stem, district if auth == "pass" else district, sender[0], sender[1], subject,
                       received, [("plain", body)], [attach_bytes(pdf, fname, "application", "pdf")], auth=auth)
    lab = build_label(received=received, source_texts=[subject, body] + texts + [fname], tags=tags,
                      notes=notes, **meta)
    write_case(stem, eml, lab)


def build():
    # 01 Wakefield ICPC: FreeText answers nudged off their lines, Ink tick over "required"
    case("s-91-01-wakefield-initial-freetext-ink-tick-current-investigation",
         district="wakefield", sender=("Joanne Pickles", "joanne.pickles@wakefield.gov.uk"),
         subject="OFFICIAL-SENSITIVE - ICPC booking form - CROSSLEY - 16/12/2026",
         received=recv("2026-12-08 10:12"),
         body=("Hi CPPU,\n\nPlease see attached the booking form for an Initial Child Protection Conference for "
               "the Crossley children. The social worker completed it on her iPad with Fill & Sign, so the "
               "answers are typed over the printed form.\n\nThe conference is on Wednesday 16 December 2026 at "
               "1.30pm, Room 2.14, Wakefield One.\n\nThanks\nJoanne Pickles\nBusiness Support Officer\n"
               "Safeguarding and Review Unit | Wakefield Council"),
         fname="ICPC booking form Crossley (signed).pdf",
         spec={"title": ["CHILD PROTECTION CONFERENCE BOOKING FORM",
                         "Wakefield Council - Safeguarding and Review Unit - OFFICIAL-SENSITIVE when complete",
                         "Please print clearly or complete electronically and return to the SRU."],
               "answer_mode": "freetext", "offset": (6, 5), "annot_author": "Kerry Hebden",
               "annot_date": "D:20261207161500Z",
               "sections": [
                   ("heading", "1. Conference"),
                   ("field", "Type of conference", "Initial CPC"),
                   ("field", "Date of conference", "16/12/2026"),
                   ("field", "Time", "13:30"),
                   ("field", "Venue", "Room 2.14, Wakefield One"),
                   ("field", "Category requested", "Sexual abuse"),
                   ("heading", "2. Children"),
                   ("field", "Child 1 (name, DOB)", "Ellie-Mae Crossley  02/05/2014"),
                   ("field", "Child 2 (name, DOB)", "Tommy Crossley  19/09/2017"),
                   ("heading", "3. Adults"),
                   ("field", "Mother", "Donna Crossley  DOB 11/02/1990"),
                   ("field", "Mother's partner", "Wayne Pickersgill  DOB 27/07/1986"),
                   ("field", "Maternal grandmother", "Maureen Crossley  DOB 05/10/1962"),
                   ("para", "4. Reason for conference", 6,
                    "On 01/12/2026 Ellie-Mae told her form tutor that Wayne Pickersgill had touched her inappropriately "
                    "while her mother was at work. A joint section 47 enquiry with West Yorkshire Police is in progress. "
                    "Mr Pickersgill was arrested on 02/12/2026 and is on police bail with a condition not to contact "
                    "either child. Ellie-Mae gave an ABE interview on 03/12/2026. Tommy is yet to be spoken to."),
                   ("ticks", "5. West Yorkshire Police (tick one)", [(R, True), (S, False)], "ink"),
                   ("field", "Completed by", "Kerry Hebden (SW)"),
                   ("field", "Date", "07/12/2026"),
               ]},
         meta=dict(district="wakefield", kind="initial", pre_birth=False, date="2026-12-16", time="13:30",
                   tick=True, harm=["sexual"], children=[("Ellie-Mae Crossley", "2014-05-02"), ("Tommy Crossley", "2017-09-19")],
                   adults=["Donna Crossley", "Wayne Pickersgill", "Maureen Crossley"],
                   criteria=["current_investigation"], decision="attend"),
         tags=["pdf-annotation", "freetext", "ink-tick", "district-wakefield", "initial"],
         notes="joint s47 with police, arrest and bail: current investigation (W1) -> attend; tick drawn as Ink over 'required'")

    # 02 Leeds RCPC: overlay text printed too high/left, Stamp checkmark over "sufficient"
    case("s-91-02-leeds-review-overlay-stamp-neglect-report-only",
         district="leeds", sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
         subject="RCPC 11.01.27 NOWAK - request for police information",
         received=recv("2026-12-10 14:05"),
         body=("Dear colleague,\n\nA review child protection conference will be held for Kacper and Zuzanna Nowak on "
               "Monday 11th January 2027 at 10:00 via Microsoft Teams. The completed request form is attached "
               "(completed by the social worker on the printed form and scanned back digitally).\n\n"
               "Reports to the ISU please, no later than 24 hours before the conference.\n\n"
               "Regards\nISU Business Support\nLeeds City Council"),
         fname="RCPC request NOWAK.pdf",
         spec={"title": ["Review Child Protection Conference - Request for Information",
                         "Leeds City Council - Integrated Safeguarding Unit",
                         "Agencies: please return your report to the ISU 24 hours prior to the conference."],
               "answer_mode": "overlay", "offset": (-14, 7), "label_width": 150,
               "sections": [
                   ("field", "Children", "Kacper Nowak (14/02/2016), Zuzanna Nowak (30/11/2019)"),
                   ("field", "Parents / carers", "Agnieszka Nowak (mother), Dariusz Nowak (father)"),
                   ("field", "Conference", "Review CPC (2nd review)"),
                   ("field", "Date and time", "11/01/2027 at 10:00"),
                   ("field", "Venue", "Microsoft Teams"),
                   ("field", "Plan category", "Neglect"),
                   ("para", "Progress since last conference", 7,
                    "Home conditions have improved and both children attend school regularly. Dental treatment for "
                    "Kacper has been completed. A strategy discussion with police was held on 02/08/2026 before the "
                    "initial conference; police attended one noise complaint in June 2026 and took no further action. "
                    "There has been no police involvement since. Core group members: social worker, health visitor, "
                    "school nurse, both schools and the parents."),
                   ("ticks", "Police (please tick)", [(R, False), (S, True)], "stamp"),
                   ("field", "Social worker", "Hannah Dobson"),
               ]},
         meta=dict(district="leeds", kind="review", pre_birth=False, date="2027-01-11", time="10:00",
                   tick=False, harm=["neglect"], children=[("Kacper Nowak", "2016-02-14"), ("Zuzanna Nowak", "2019-11-30")],
                   adults=["Agnieszka Nowak", "Dariusz Nowak"], criteria=[], decision="report_only"),
         tags=["pdf-overlay-text", "stamp-tick", "district-leeds", "review", "distractor-category-neglect",
               "distractor-strategy-discussion"],
         notes="review, no police in core group, strategy discussion and an NFA noise call are not criteria -> report_only")

    # 03 Calderdale ICPC: overlay answers, bold X drawn half over the "required" box; historic PP
    case("s-91-03-calderdale-initial-overlay-x-historic-police-protection",
         district="calderdale", sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
         subject="Initial CP Conference - GREENWOOD / GREENWOOD-SHAW - 22/12/2026 10:00",
         received=recv("2026-12-14 09:20"),
         body=("Good morning\n\nPlease find attached notification of an initial child protection conference "
               "(Tuesday 22/12/2026, 10:00, Northgate House, Halifax). The social worker has typed the answers "
               "on to the PDF.\n\nPlease send your report to Child Protection Administration by secure email.\n\n"
               "Many thanks\nLisa Sutcliffe\nChild Protection Administration\nCalderdale Council"),
         fname="Notification ICPC Greenwood.pdf",
         spec={"title": ["NOTIFICATION OF CHILD PROTECTION CONFERENCE",
                         "Calderdale Council - Children and Young People's Services",
                         "Section A to be completed by the allocated social worker"],
               "answer_mode": "overlay", "offset": (5, 8), "ticks_vertical": True,
               "sections": [
                   ("field", "A1 Conference type", "Initial"),
                   ("field", "A2 Date / time", "22/12/2026  10:00"),
                   ("field", "A3 Venue", "Northgate House, Halifax"),
                   ("field", "A4 Child", "Ruby Greenwood  DOB 08/08/2015"),
                   ("field", "A5 Child", "Alfie Greenwood-Shaw  DOB 03/03/2020"),
                   ("field", "A6 Mother", "Kelly Greenwood"),
                   ("field", "A7 Father (Alfie)", "Jordan Shaw"),
                   ("field", "A8 Other significant adult", "Pauline Greenwood (maternal grandmother)"),
                   ("field", "A9 Category", "Emotional abuse"),
                   ("para", "A10 Reason for conference and police history", 7,
                    "Ms Greenwood's alcohol use has escalated since the summer and the children have seen repeated "
                    "arguments between their parents. On 05/12/2026 the children went to stay with their grandmother "
                    "by agreement; police protection was not used on this occasion. The family are known to the "
                    "police Safeguarding Unit: in March 2021 Ruby was placed in police protection after her mother was "
                    "found intoxicated and unconscious at home. There is no current police investigation."),
                   ("ticks", "A11 Police involvement at conference", [(R, True), (S, False)], "overlay_x"),
               ]},
         meta=dict(district="calderdale", kind="initial", pre_birth=False, date="2026-12-22", time="10:00",
                   tick=True, harm=["emotional"], children=[("Ruby Greenwood", "2015-08-08"), ("Alfie Greenwood-Shaw", "2020-03-03")],
                   adults=["Kelly Greenwood", "Jordan Shaw", "Pauline Greenwood"],
                   criteria=["prior_unit_involvement"], decision="attend"),
         tags=["pdf-overlay-text", "overlay-x-tick", "district-calderdale", "initial", "trap-historical-police-protection"],
         notes="police protection in 2021 is historical (not police_protection) but is previous unit involvement -> Calderdale attend")

    # 04 Kirklees pre-birth: FreeText answers, Ink tick over "sufficient" but partner is an RSO
    case("s-91-04-kirklees-prebirth-freetext-ink-rso-tickbox-conflict",
         district="kirklees", sender=("Safeguarding Conference Team", "cp.conferences@kirklees.gov.uk"),
         subject="Pre-birth CP Conference - Unborn baby HAIGH - 07/01/2027",
         received=recv("2026-12-16 11:40"),
         body=("Hello\n\nAttached is the booking sheet for a pre-birth child protection conference for Chloe Haigh's "
               "unborn baby. Date: Thursday 7th January 2027, 10.30am, Civic Centre 3, Huddersfield.\n\n"
               "Apologies for the annotations - the form was completed in Adobe Reader with the comment tools.\n\n"
               "Kind regards\nAndrea Wood\nConference and Review Service\nKirklees Council"),
         fname="Booking sheet - pre-birth - Haigh.pdf",
         spec={"title": ["Kirklees Safeguarding - Conference booking sheet",
                         "Use for Initial, Pre-birth, Transfer-in and Review conferences"],
               "answer_mode": "freetext", "offset": (3, -4), "annot_author": "Ibrahim Qureshi",
               "annot_date": "D:20261215110000Z",
               "sections": [
                   ("field", "Conference type (Initial / Pre-birth / Transfer-in / Review)", "Pre-birth initial"),
                   ("field", "Date", "Thu 07/01/2027"),
                   ("field", "Start time", "10.30"),
                   ("field", "Venue", "Civic Centre 3, Huddersfield"),
                   ("heading", "Subject of conference"),
                   ("field", "Child / unborn (EDD)", "Unborn baby Haigh - EDD 02/03/2027"),
                   ("heading", "Family and household"),
                   ("field", "Mother", "Chloe Haigh (19)  DOB 14/06/2007"),
                   ("field", "Father of unborn / partner", "Dean Armitage  DOB 22/01/1991"),
                   ("field", "Maternal grandmother", "Sandra Haigh"),
                   ("field", "Category", "Sexual abuse (risk)"),
                   ("para", "Reason for request", 6,
                    "Mr Armitage was convicted in 2019 of sexual activity with a child. He is a registered sex offender, "
                    "subject to notification requirements until 2029, and is managed by the police MOSOVO team. He "
                    "stays at Ms Haigh's flat most nights and intends to co-parent the baby. Ms Haigh does not accept "
                    "that he poses a risk."),
                   ("ticks", "West Yorkshire Police", [(R, False), (S, True)], "ink"),
                   ("field", "Social worker / team", "Ibrahim Qureshi, Duty and Assessment North"),
               ]},
         meta=dict(district="kirklees", kind="initial", pre_birth=True, date="2027-01-07", time="10:30",
                   tick=False, harm=["sexual"], children=[("Unborn baby Haigh", None)],
                   adults=["Chloe Haigh", "Dean Armitage", "Sandra Haigh"],
                   criteria=["registered_sex_offender"], decision="attend", flags_required=["tickbox_conflict"]),
         tags=["pdf-annotation", "freetext", "ink-tick", "district-kirklees", "pre-birth", "tickbox-conflict"],
         notes="RSO partner of the mother (W7, Kirklees uses Wakefield rules) -> attend although 'written report sufficient' is ticked")

    # 05 Bradford ICPC: Stamp marks on both boxes; county lines (not CSE)
    case("s-91-05-bradford-initial-stamp-both-boxes-county-lines",
         district="bradford", sender=("Conference Booking", "cp.bookings@bradford.gov.uk"),
         subject="ICPC HUSSAIN 05/01/2027 11am - booking form attached",
         received=recv("2026-12-18 15:55"),
         body=("Dear Sir/Madam\n\nPlease find the booking form for an initial child protection conference on "
               "5 January 2027 at 11:00am at Margaret McMillan Tower, Bradford.\n\nThe form was signed and "
               "ticked electronically; please contact the chair, Mr Olusegun Adeyemi, with any query.\n\n"
               "Bradford Children's Services\nConference and Review Team"),
         fname="CP booking form HUSSAIN.pdf",
         spec={"title": ["BRADFORD CHILDREN'S SERVICES", "Child Protection Conference Booking Form (v4.2)"],
               "answer_mode": "freetext", "offset": (0, 6), "annot_author": "R. Gill",
               "sections": [
                   ("field", "Conference", "Initial Child Protection Conference"),
                   ("field", "Date", "05/01/2027"),
                   ("field", "Time", "11:00"),
                   ("field", "Venue", "Margaret McMillan Tower, Bradford"),
                   ("field", "Young person", "Rehan Hussain  DOB 21/06/2011"),
                   ("field", "Sibling", "Aleena Hussain  DOB 09/01/2014"),
                   ("field", "Parents", "Shabana Hussain (mother), Imran Hussain (father)"),
                   ("field", "Other household member", "Tariq Mahmood (paternal uncle)"),
                   ("field", "Category", "Neglect"),
                   ("para", "Concerns", 7,
                    "Rehan has been missing eleven times since September and was found by Lancashire Police in a "
                    "flat in Blackpool used to sell drugs (county lines). An NRM referral has been made for criminal "
                    "exploitation. Police are investigating the adults who ran the line; this is not an investigation "
                    "of the family. There is no indication of sexual exploitation. Parents struggle to supervise "
                    "him and have not reported his missing episodes promptly."),
                   ("ticks", "Police: please tick ONE box", [(R, True), (S, True)], "stamp"),
               ]},
         meta=dict(district="bradford", kind="initial", pre_birth=False, date="2027-01-05", time="11:00",
                   tick=None, harm=["neglect"], children=[("Rehan Hussain", "2011-06-21"), ("Aleena Hussain", "2014-01-09")],
                   adults=["Shabana Hussain", "Imran Hussain", "Tariq Mahmood"], criteria=[], decision="discuss",
                   flags_required=["tickbox_ambiguous"]),
         tags=["pdf-annotation", "stamp-tick", "both-boxes", "district-bradford", "initial", "distractor-cce-county-lines"],
         notes="county lines/CCE is not CSE; investigation of outsiders is not within the family; both boxes stamped -> discuss (Wakefield rules)")

    # 06 Wakefield RCPC: DMARC failure; FreeText X in the box; police in core group
    case("s-91-06-wakefield-review-freetext-x-dmarc-fail",
         district="wakefield", sender=("Safeguarding and Review Unit", "sru.admin@wakefield.gov.uk"),
         subject="RCPC FIRTH 21/01/2027",
         received=recv("2027-01-11 10:05"), auth="fail",
         body=("Please see the attached review conference form for Jacob Firth: Thursday 21/01/2027 at 2pm, "
               "Castleford Civic Centre.\n\nSRU Admin\nWakefield Council"),
         fname="RCPC form Firth.pdf",
         spec={"title": ["REVIEW CHILD PROTECTION CONFERENCE", "Safeguarding and Review Unit - Wakefield"],
               "answer_mode": "freetext", "offset": (2, 3), "annot_author": "SRU",
               "sections": [
                   ("field", "Child", "Jacob Firth  12/12/2018"),
                   ("field", "Mother / Father", "Leanne Firth / Craig Firth"),
                   ("field", "Mother's partner", "Gary Lumb"),
                   ("field", "Date / time", "21/01/2027  14:00"),
                   ("field", "Venue", "Castleford Civic Centre"),
                   ("field", "Category", "Physical abuse"),
                   ("para", "Core group and plan", 4,
                    "PC Anna Batley (Wakefield CPPU) is a member of the core group and carries out unannounced welfare "
                    "checks under the plan. Next core group 14/01/2027."),
                   ("ticks", "Police", [(R, True), (S, False)], "ft_x"),
               ]},
         meta=dict(district=None, kind="review", pre_birth=False, date="2027-01-21", time="14:00",
                   tick=True, harm=["physical"], children=[("Jacob Firth", "2018-12-12")],
                   adults=["Leanne Firth", "Craig Firth", "Gary Lumb"], criteria=["core_group_member"],
                   decision="manual_review", flags_required=["unverified_sender"], deadlines=False,
                   unscored=["district_unknown"]),
         tags=["pdf-annotation", "freetext-x", "district-wakefield", "review", "dmarc-fail"],
         notes="Authentication-Results reports dmarc=fail -> unverified_sender -> manual_review whatever the content")

    # 07 Leeds ICPC: CSE only; Ink tick lies over "sufficient" though the stroke starts near "required"
    case("s-91-07-leeds-initial-ink-tick-cse-only",
         district="leeds", sender=("Sarah Whitaker", "sarah.whitaker@leeds.gov.uk"),
         subject="ICPC - Mia KOWALCZYK-BURNS - Tues 19th Jan 9.30",
         received=recv("2027-01-12 09:30"),
         body=("Morning all,\n\nICPC for Mia booked: Tuesday 19th January 2027, 9.30am, Merrion House (room M4).\n"
               "The invitation with the SW's answers is attached.\n\nSarah Whitaker\nConference Administrator, ISU"),
         fname="Invitation Mia KB.pdf",
         spec={"title": ["Leeds Children and Families", "Invitation and booking: Initial Child Protection Conference"],
               "answer_mode": "freetext", "offset": (-6, 7), "label_width": 150, "annot_author": "Nasreen Akhtar",
               "sections": [
                   ("field", "Date of ICPC", "19 January 2027"),
                   ("field", "Time", "09:30"),
                   ("field", "Venue", "Merrion House, room M4"),
                   ("field", "Child", "Mia Kowalczyk-Burns, DOB 03/10/2011"),
                   ("field", "Mother", "Natalie Burns"),
                   ("field", "Father", "Piotr Kowalczyk"),
                   ("field", "Category", "Sexual abuse"),
                   ("para", "Why is a conference needed?", 7,
                    "Mia has been missing four times since November and was found in a flat with men in their twenties "
                    "who gave her alcohol and vapes. The CSE risk assessment completed on 05/01/2027 scores her as high "
                    "risk of child sexual exploitation. Mia has made no disclosure and there is no police investigation "
                    "at present. There is no domestic abuse in the home and no DV co-ordinator involvement."),
                   ("ticks", "Police - attendance or report?", [(R, False), (S, True)], "ink"),
               ]},
         meta=dict(district="leeds", kind="initial", pre_birth=False, date="2027-01-19", time="09:30",
                   tick=False, harm=["sexual"], children=[("Mia Kowalczyk-Burns", "2011-10-03")],
                   adults=["Natalie Burns", "Piotr Kowalczyk"], criteria=["child_sexual_exploitation"],
                   decision="discuss"),
         tags=["pdf-annotation", "ink-tick", "district-leeds", "initial", "cse-leeds-choice", "negation-no-investigation"],
         notes="CSE alone in Leeds -> discuss (POLICY choice); 'no police investigation at present' negates current_investigation")
