"""Layout 32: PDF booking forms with AcroForm fields (custom on-states, radio groups), some flattened."""
import datetime as dt

from lib import POLICE, SIG_DISCLAIMER, build_email, gmt, kid, label, write_case
from pdfform import Form, form_texts

D = dt.date


def mk(name, rec, sent_hm, frm_name, frm, district, subj, body, items, fname, lab_kwargs, flat=False, header=None,
       footer=None):
    pdf = Form(items, flattened=flat, header=header, footer=footer).build()
    eml = build_email(case=name, from_name=frm_name, from_addr=frm, to=POLICE[district], subject=subj,
                      sent=gmt(rec, *sent_hm), received=gmt(rec, *sent_hm) + dt.timedelta(minutes=2), text=body,
                      attachments=[(fname, "application/pdf", pdf)])
    texts = [subj, body] + [p for p in body.split("\n\n")] + form_texts(items) + [fname]
    if header:
        texts.append(header)
    if footer:
        texts.append(footer)
    lab = label(received=rec, texts=texts, **lab_kwargs)
    write_case(name, eml, lab)


def case32_01():
    name = "g-32-01-wakefield-icpc-acroform-yes-rui-late-notice"
    rec = D(2026, 11, 26)
    items = [
        ("title", "Child Protection Conference - Booking Form"),
        ("para", "Wakefield Council, Children and Young People's Service, Safeguarding and Review Unit. "
                 "OFFICIAL-SENSITIVE when complete."),
        ("section", "1. Conference"),
        ("field", "Conference type", "conf_type", "Initial Child Protection Conference", 1),
        ("field", "Date of conference", "conf_date", "02/12/2026", 1),
        ("field", "Start time", "conf_time", "14:00", 1),
        ("field", "Venue", "conf_venue", "Castleford Civic Centre, Ferrybridge Road, Castleford - Room 3", 1),
        ("field", "Date of strategy discussion", "strat_date", "17/11/2026", 1),
        ("field", "Category of concern", "category", "Sexual abuse", 1),
        ("section", "2. Child(ren)"),
        ("field", "Child 1 - name", "child1_name", "Aaliyah Hussain", 1),
        ("field", "Child 1 - date of birth", "child1_dob", "08/07/2013", 1),
        ("field", "Child 2 - name", "child2_name", "Ibrahim Hussain", 1),
        ("field", "Child 2 - date of birth", "child2_dob", "25/01/2018", 1),
        ("section", "3. Parents / carers / household members"),
        ("field", "Adult 1 (relationship)", "adult1", "Nasreen Hussain (mother)", 1),
        ("field", "Adult 2 (relationship)", "adult2", "Zahid Hussain (father)", 1),
        ("field", "Adult 3 (relationship)", "adult3", "Asif Hussain (paternal uncle, lives in the household)", 1),
        ("section", "4. Reason for conference"),
        ("field", "Reason", "reason",
         "On 16/11/2026 Aaliyah disclosed to a school counsellor that her uncle Asif Hussain had sexually touched her "
         "on several occasions. Asif Hussain was arrested on 18/11/2026 on suspicion of sexual assault of a child, "
         "interviewed and released under investigation. Aaliyah's ABE interview took place on 19/11/2026. He has "
         "moved to a relative's address in Dewsbury while the police investigation continues.", 5),
        ("field", "Other dates", "other_dates",
         "Strategy discussion 17/11/2026. Proposed first core group 16/12/2026.", 2),
        ("section", "5. West Yorkshire Police"),
        ("check", "Police attendance required", "Police_Attend", True, "Yes"),
        ("check", "Written report sufficient", "Police_Report", False, "Yes"),
        ("field", "Completed by / date", "completed", "Farah Siddiqui, Social Worker, 24/11/2026", 1),
    ]
    body = ("Hello,\n\nPlease find attached a booking form for an Initial Child Protection Conference on 02/12/2026 "
            "at 2pm (Castleford Civic Centre). Apologies for the short notice - the conference was booked late due to "
            "chair availability.\n\nMany thanks\n\nLinda Oxley\nSafeguarding and Review Unit\nWakefield Council\n"
            "01924 305 8812\n\n" + SIG_DISCLAIMER["wakefield"])
    mk(name, rec, (11, 47), "Linda Oxley", "linda.oxley@wakefield.gov.uk", "wakefield",
       "ICPC 02/12/2026 - HUSSAIN - booking form (OFFICIAL-SENSITIVE)", body, items, "ICPC Booking Form HUSSAIN.pdf",
       dict(district="wakefield", kind="initial", pre_birth=False, date="2026-12-02", time="14:00",
            tick="required", harm=["sexual"],
            children=[kid("Aaliyah Hussain", "2013-07-08"), kid("Ibrahim Hussain", "2018-01-25")],
            adults=["Nasreen Hussain", "Zahid Hussain", "Asif Hussain"], criteria=["current_investigation"],
            decision="attend",
            tags=["pdf-acroform", "checkbox-on-Yes", "rui", "abe", "late-notice", "other-dates-near"],
            notes="Uncle in household arrested and released under investigation for sexual assault of the child: "
                  "current investigation (Wakefield §4.5 item 1) -> attend. Received Thu 26/11, conference Wed 2/12 = "
                  "4 working days < 5 -> late_notice; report due Fri 27/11 not yet passed."))


def case32_02():
    name = "g-32-02-leeds-icpc-acroform-radio-choice2-neglect-report-only"
    rec = D(2026, 11, 30)
    items = [
        ("title", "Leeds Children and Families - Request for Initial Child Protection Conference"),
        ("section", "Conference"),
        ("field", "Date", "Date", "14/12/2026", 1),
        ("field", "Time", "Time", "11:00", 1),
        ("field", "Venue", "Venue", "Microsoft Teams", 1),
        ("field", "Category", "Category", "Neglect", 1),
        ("section", "Family"),
        ("field", "Child", "Child1", "Hodan Abdi - DOB 12/03/2018 - Bankside Primary", 1),
        ("field", "Child", "Child2", "Abdirahman Abdi - DOB 29/10/2020 - not in a setting", 1),
        ("field", "Mother", "Mother", "Fadumo Warsame - DOB 01/01/1994", 1),
        ("field", "Father", "Father", "Mohamed Abdi - DOB 05/06/1989", 1),
        ("section", "Reason for request"),
        ("field", "Concerns", "Concerns",
         "Long-standing neglect: poor home conditions, Abdirahman's weight has dropped below the 2nd centile and six "
         "health appointments were not brought. Mother is depressed and father works away. Police have had no "
         "involvement with the family and advised at the strategy discussion that the criminal threshold for wilful "
         "neglect is not met.", 5),
        ("section", "West Yorkshire Police"),
        ("radio", "Police contribution", "PoliceContribution",
         [("Attendance required", "Choice1"), ("Written report sufficient", "Choice2")], "Choice2"),
        ("field", "Interpreter", "Interpreter", "Somali interpreter booked for mother", 1),
    ]
    body = ("Good afternoon,\n\nPlease see the attached request for an ICPC for Hodan and Abdirahman, Monday 14th "
            "December at 11am on Teams.\n\nThanks\nSaeed Ahmed\nIntegrated Safeguarding Unit | Leeds City Council\n"
            "0113 378 9054\n\n" + SIG_DISCLAIMER["leeds"])
    mk(name, rec, (13, 5), "Saeed Ahmed", "saeed.ahmed@leeds.gov.uk", "leeds",
       "ICPC request - ABDI - 14/12/2026", body, items, "ICPC request ABDI.pdf",
       dict(district="leeds", kind="initial", pre_birth=False, date="2026-12-14", time="11:00",
            tick="report", harm=["neglect"],
            children=[kid("Hodan Abdi", "2018-03-12"), kid("Abdirahman Abdi", "2020-10-29")],
            adults=["Fadumo Warsame", "Mohamed Abdi"], criteria=[], decision="report_only",
            tags=["pdf-acroform", "radio-Choice1-Choice2", "neglect-category-trap", "wilful-neglect-negated",
                  "somali-names"],
            notes="Leeds ICPC: neglect category with police saying the wilful neglect threshold is not met -> no "
                  "criterion; radio 'Choice2' = written report sufficient -> report_only."))


def case32_03():
    name = "g-32-03-calderdale-rcpc-flattened-new-arrest-bail-discuss"
    rec = D(2026, 12, 1)
    items = [
        ("title", "Child Protection Review Conference - Invitation and Booking Details"),
        ("para", "Calderdale Council - Safeguarding and Quality Assurance Unit, Northgate House, Halifax"),
        ("section", "Conference"),
        ("field", "Conference", "c", "Review Child Protection Conference (second review)", 1),
        ("field", "Date / time", "d", "Thursday 10/12/2026, 10:30", 1),
        ("field", "Venue", "v", "Todmorden Town Hall, Committee Room", 1),
        ("field", "Plan category", "p", "Physical abuse", 1),
        ("section", "Children"),
        ("field", "Name / DOB", "k1", "Jayden Sutcliffe 03/09/2014", 1),
        ("field", "Name / DOB", "k2", "Ruby Sutcliffe 18/12/2017", 1),
        ("section", "Adults"),
        ("field", "Mother", "m", "Kerry Sutcliffe 21/04/1990", 1),
        ("field", "Mother's partner", "pt", "Ryan Mitchell-Kaye 09/09/1987", 1),
        ("section", "Update since the last conference"),
        ("field", "Significant events", "ev",
         "On 21/11/2026 Mr Mitchell-Kaye was arrested after Jayden arrived at school with a split lip and said Ryan had "
         "punched him. He was released on police bail with conditions not to attend the family home or contact the "
         "children. The police investigation is ongoing.", 4),
        ("field", "Core group", "cg", "Social worker, school, health visitor, CAMHS, mother", 1),
        ("section", "Police"),
        ("check", "Police attendance requested", "a", False, "Yes"),
        ("check", "Police report only", "b", True, "Yes"),
    ]
    body = ("Dear colleague,\n\nPlease find attached details of the review child protection conference for Jayden and "
            "Ruby Sutcliffe on 10 December.\n\nKind regards\n\nAnita Drobná\nConference Administrator\nCalderdale "
            "Council\n01422 392 7715\n\n" + SIG_DISCLAIMER["calderdale"])
    mk(name, rec, (9, 30), "Anita Drobna", "anita.drobna@calderdale.gov.uk", "calderdale",
       "RCPC - SUTCLIFFE - 10.12.2026", body, items, "RCPC SUTCLIFFE 10-12-2026 (print).pdf",
       dict(district="calderdale", kind="review", pre_birth=False, date="2026-12-10", time="10:30",
            tick="report", harm=["physical"],
            children=[kid("Jayden Sutcliffe", "2014-09-03"), kid("Ruby Sutcliffe", "2017-12-18")],
            adults=["Kerry Sutcliffe", "Ryan Mitchell-Kaye"], criteria=["current_investigation"],
            decision="discuss",
            tags=["pdf-flattened", "review", "significant-event", "bail", "core-group-without-police"],
            notes="Calderdale review: new arrest and bail = current police matter / significant event -> discuss "
                  "(POLICY rule 3, Calderdale compelling reason). Police not in core group."),
       flat=True, footer="Printed from LCS 30/11/2026 16:41")


def case32_04():
    name = "g-32-04-kirklees-icpc-acroform-on-both-checked-wilful-neglect"
    rec = D(2026, 12, 2)
    items = [
        ("title", "Kirklees - Initial Child Protection Conference Booking"),
        ("section", "Details"),
        ("field", "Date", "txtDate", "Wednesday 16 December 2026", 1),
        ("field", "Time", "txtTime", "1.30pm", 1),
        ("field", "Venue", "txtVenue", "Dewsbury Town Hall, Wakefield Old Road, Dewsbury", 1),
        ("field", "Category", "txtCat", "Neglect", 1),
        ("section", "Children"),
        ("field", "Child 1", "txtChild1", "Tobi Adebayo (DOB 14/04/2016)", 1),
        ("field", "Child 2", "txtChild2", "Kemi Adebayo (DOB 30/11/2019)", 1),
        ("section", "Parents / carers"),
        ("field", "Parent 1", "txtParent1", "Folake Adebayo (mother)", 1),
        ("field", "Parent 2", "txtParent2", "Olumide Adebayo (father)", 1),
        ("section", "Reason for conference"),
        ("field", "Summary", "txtReason",
         "Tobi and Kemi were left alone at home for three days in November while both parents travelled to London. "
         "Kirklees Child Safeguarding Unit is investigating both parents for child cruelty (wilful neglect, s1 "
         "Children and Young Persons Act 1933); both were interviewed under caution on 27/11/2026.", 4),
        ("section", "West Yorkshire Police"),
        ("check", "Police attendance required", "chkAttend", True, "On"),
        ("check", "Written report sufficient", "chkReport", True, "On"),
    ]
    body = ("Hi,\n\nBooking form attached for an ICPC - Adebayo children - Wed 16/12/2026 1.30pm, Dewsbury Town Hall."
            "\n\nThanks,\nGemma Thornton-Shaw\nChild Protection Conference Team\nKirklees Council\n01484 414 2230\n\n"
            + SIG_DISCLAIMER["kirklees"])
    mk(name, rec, (10, 14), "Gemma Thornton-Shaw", "gemma.thornton-shaw@kirklees.gov.uk", "kirklees",
       "ICPC booking - ADEBAYO", body, items, "ADEBAYO ICPC booking.pdf",
       dict(district="kirklees", kind="initial", pre_birth=False, date="2026-12-16", time="13:30",
            tick="both", harm=["neglect"],
            children=[kid("Tobi Adebayo", "2016-04-14"), kid("Kemi Adebayo", "2019-11-30")],
            adults=["Folake Adebayo", "Olumide Adebayo"], criteria=["wilful_neglect_investigation"],
            decision="attend",
            tags=["pdf-acroform", "checkbox-on-On", "both-checked", "wilful-neglect", "nigerian-names"],
            notes="Kirklees (Wakefield rules): active police investigation of wilful neglect (item 3) -> attend; both "
                  "boxes checked -> tickbox_ambiguous, police_attendance_requested null."))


def case32_05():
    name = "g-32-05-bradford-icpc-acroform-date-left-empty"
    rec = D(2026, 12, 3)
    items = [
        ("title", "Bradford Children's Social Care - Child Protection Conference Booking Form"),
        ("section", "Conference"),
        ("field", "Conference type", "ConfType", "ICPC", 1),
        ("field", "Date of conference", "ConfDate", "", 1),
        ("field", "Time", "ConfTime", "TBC", 1),
        ("field", "Venue", "ConfVenue", "Britannia House, Hall Ings, Bradford", 1),
        ("section", "Child"),
        ("field", "Name", "ChildName", "Zainab Bibi", 1),
        ("field", "Date of birth", "ChildDOB", "17/02/2015", 1),
        ("section", "Adults"),
        ("field", "Mother", "Mother", "Aisha Bibi", 1),
        ("field", "Father", "Father", "Mohammed Rafiq", 1),
        ("field", "Other significant adult", "Other", "Parveen Akhtar (paternal grandmother)", 1),
        ("section", "Reason"),
        ("field", "Reason for conference", "Reason",
         "Zainab has had three unexplained injuries in six weeks (bruising to the ear, a burn to the hand and a "
         "fractured finger). Explanations given by the parents are inconsistent.", 3),
        ("section", "Police"),
        ("check", "Police attendance required", "Check Box1", False, "Choice1"),
        ("check", "Written report sufficient", "Check Box2", True, "Choice1"),
    ]
    body = ("Afternoon,\n\nAttached is the ICPC booking form for Zainab Bibi. The date will be confirmed once a chair "
            "has been allocated - we will send it as soon as we have it.\n\nKind regards\nImran Hanif\nBusiness Support,"
            " Safeguarding and Reviewing Unit\nCity of Bradford MDC\n01274 43 7702\n\n" + SIG_DISCLAIMER["bradford"])
    mk(name, rec, (15, 21), "Imran Hanif", "imran.hanif@bradford.gov.uk", "bradford",
       "ICPC booking form - BIBI - date to follow", body, items, "Booking Form - BIBI.pdf",
       dict(district="bradford", kind="initial", pre_birth=False, date=None, time=None,
            tick="report", harm=["physical"], children=[kid("Zainab Bibi", "2015-02-17")],
            adults=["Aisha Bibi", "Mohammed Rafiq", "Parveen Akhtar"], criteria=[], decision="manual_review",
            manual=True, deadlines=False, flags_required=["missing_conference_date"],
            unscored=["tickbox_conflict"],
            tags=["pdf-acroform", "checkbox-on-Choice1", "empty-date-field", "date-to-follow"],
            notes="Conference date field empty and covering note says date to follow -> the date cannot be read -> "
                  "manual_review with missing_conference_date (POLICY decision rule 1)."))


def case32_06():
    name = "g-32-06-leeds-transfer-in-acroform-radio-report-rso-partner-conflict"
    rec = D(2026, 12, 4)
    items = [
        ("title", "Transfer-In Child Protection Conference - Booking Form"),
        ("para", "Leeds City Council - Integrated Safeguarding Unit"),
        ("section", "Conference"),
        ("field", "Type", "type", "Transfer-in conference (from Wigan Council)", 1),
        ("field", "Date", "date", "14/12/2026", 1),
        ("field", "Time", "time", "14:00", 1),
        ("field", "Venue", "venue", "Merrion House, Leeds - Room 6.14", 1),
        ("field", "Plan category (originating authority)", "category", "Sexual abuse", 1),
        ("section", "Children"),
        ("field", "Child 1", "child1", "Aoife Brannigan, DOB 05/08/2017", 1),
        ("field", "Child 2", "child2", "Finn Brannigan, DOB 19/03/2021", 1),
        ("section", "Adults"),
        ("field", "Mother", "mother", "Niamh Brannigan, DOB 12/12/1992", 1),
        ("field", "Mother's partner", "partner", "Dumitru Lupu, DOB 26/05/1984", 1),
        ("section", "Reason for conference"),
        ("field", "Reason", "reason",
         "The children have been subject to child protection plans in Wigan since July 2026 and moved to Leeds "
         "(Seacroft) in October. Mr Lupu is a registered sex offender (convicted 2020, notification requirements until "
         "2031). He stays at the family home several nights a week despite the written agreement.", 5),
        ("section", "Police"),
        ("radio", "Police contribution", "police", [("Attend", "Attend"), ("Report", "Report")], "Report"),
    ]
    body = ("Dear CPPU,\n\nPlease find attached the booking form for a transfer-in conference for Aoife and Finn "
            "Brannigan on 14/12/2026 at 2pm. The Wigan conference minutes and plan will follow under separate "
            "cover.\n\nRegards\nHelen Stead\nIndependent Reviewing Officer\nIntegrated Safeguarding Unit, Leeds City "
            "Council\n0113 378 2207\n\n" + SIG_DISCLAIMER["leeds"])
    mk(name, rec, (9, 55), "Helen Stead", "helen.stead@leeds.gov.uk", "leeds",
       "Transfer-in CPC - BRANNIGAN - 14/12/2026", body, items, "TI booking BRANNIGAN.pdf",
       dict(district="leeds", kind="transfer_in", pre_birth=False, date="2026-12-14", time="14:00",
            tick="report", harm=["sexual"],
            children=[kid("Aoife Brannigan", "2017-08-05"), kid("Finn Brannigan", "2021-03-19")],
            adults=["Niamh Brannigan", "Dumitru Lupu"], criteria=["registered_sex_offender"], decision="attend",
            tags=["pdf-acroform", "radio-custom-exports", "transfer-in", "rso-partner", "tick-report-conflict"],
            notes="Leeds transfer-in (treated as initial): RSO partner stays in the household (Leeds §4.6 item 6) -> "
                  "attend; radio 'Report' selected -> tickbox_conflict. 6 working days' notice >= 5."))


def case32_07():
    name = "g-32-07-wakefield-prebirth-flattened-mappa2-hypothetical-pp"
    rec = D(2026, 12, 7)
    items = [
        ("title", "Pre-Birth Initial Child Protection Conference - Booking Form"),
        ("para", "Wakefield Council - Safeguarding and Review Unit"),
        ("section", "Conference"),
        ("field", "Conference type", "t", "Pre-birth Initial Child Protection Conference", 1),
        ("field", "Date", "d", "21/12/2026", 1),
        ("field", "Time", "tm", "10:00", 1),
        ("field", "Venue", "v", "Pontefract Family Centre, Harropwell Lane, Pontefract", 1),
        ("section", "Unborn child"),
        ("field", "Name", "n", "Unborn baby Kaczmarek", 1),
        ("field", "EDD", "e", "20/02/2027", 1),
        ("section", "Parents"),
        ("field", "Mother", "m", "Natalia Kaczmarek (DOB 03/03/2001)", 1),
        ("field", "Father", "f", "Jake Winter (DOB 14/10/1998)", 1),
        ("section", "Reason for conference"),
        ("field", "Concerns", "r",
         "Ms Kaczmarek's first child was removed from her care in 2023 because of neglect. Mr Winter is managed under "
         "MAPPA category 2 for a violent offence against an adult male and is subject to probation licence.", 4),
        ("field", "Birth plan", "bp",
         "If the parents attempt to remove the baby from hospital against the plan, police protection may be "
         "considered.", 2),
        ("section", "West Yorkshire Police"),
        ("check", "Police attendance required", "a", False, "Yes"),
        ("check", "Written report sufficient", "b", True, "Yes"),
    ]
    body = ("Good morning,\n\nPlease see attached booking form for a pre-birth ICPC, Monday 21/12/2026 10am, "
            "Pontefract Family Centre.\n\nRegards\nTracey Whiteley\nBusiness Support Officer\nSafeguarding and Review "
            "Unit | Wakefield Council\nTel: 01924 306 4471\n\n" + SIG_DISCLAIMER["wakefield"])
    mk(name, rec, (8, 58), "Tracey Whiteley", "tracey.whiteley@wakefield.gov.uk", "wakefield",
       "Pre-birth ICPC - KACZMAREK - 21/12/2026", body, items, "PB ICPC KACZMAREK.pdf",
       dict(district="wakefield", kind="initial", pre_birth=True, date="2026-12-21", time="10:00",
            tick="report", harm=None, children=[kid("Unborn baby Kaczmarek", None)],
            adults=["Natalia Kaczmarek", "Jake Winter"], criteria=[], decision="report_only",
            tags=["pdf-flattened", "pre-birth", "mappa-category-2-trap", "hypothetical-police-protection",
                  "polish-names", "name-is-word"],
            notes="Wakefield pre-birth ICPC: MAPPA category 2 is not an RSO; police protection only hypothetical "
                  "('may be considered'); report-only ticked -> report_only. 10 working days' notice."),
       flat=True)


if __name__ == "__main__":
    for f in [case32_01, case32_02, case32_03, case32_04, case32_05, case32_06, case32_07]:
        f()
