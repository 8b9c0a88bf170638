"""Layout 118: review conferences with progress tables (RAG, working well / worried / next steps, police actions)."""
from lib import *

L = "118"


def c01():
    rec, sent = D(2026, 11, 23, 11, 40), D(2026, 11, 23, 11, 31)
    subj = "RCPC - BOOTH - 09/12/2026 10:00 - invitation and progress report"
    body = ("Good morning\n\nPlease find attached the invitation and the social worker's progress table for Tyler and Lily "
            "Booth's first review conference on Wednesday 9 December 2026 at 10.00am (Wakefield One, room 2.09, or Teams).\n\n"
            "Kind regards\nSafeguarding and Review Unit\nWakefield Council")
    doc = [
        ("small", "OFFICIAL-SENSITIVE"),
        ("title", "Review Child Protection Conference - progress against the plan"),
        ("kv", [("Children", "Tyler Booth (12/12/2018), Lily Booth (03/03/2021)"), ("Parent / carers", "Hayley Booth (mum); Jordan Kaye (mum's partner)"),
                ("Conference", "First review - Wednesday 09/12/2026, 10.00"), ("Chair", "Ifeoma Okafor"), ("Social worker", "Lauren Crossland"),
                ("Plan category", "Physical")]),
        ("table", ["Outcome in the plan", "What's working well", "What are we worried about", "Next steps (who / when)", "RAG"], [
            ["Tyler and Lily are safe from physical harm at home",
             "Hayley has kept every appointment and moved Jordan out as soon as she was told.",
             "On 19/11/2026 Tyler came to school with a bruised ear and said Jordan had pulled him up the stairs by it. Jordan was arrested that day and released under investigation; police enquiries are continuing and he is living at his brother's in Normanton.",
             "SW to revise the safety plan with Hayley by 27/11; no unsupervised contact between Jordan and the children.", "RED"],
            ["The home is clean, warm and has food", "Much improved - new beds delivered in October.", "Nothing new.",
             "Family support worker to reduce visits to fortnightly.", "GREEN"],
            ["Lily attends nursery every day", "Attendance up to 88%.", "Late collection twice in November.", "Nursery to log and share with SW.", "AMBER"]],
         [0.18, 0.2, 0.3, 0.22, 0.1]),
        ("h", "Agency actions from the plan"),
        ("table", ["Action", "Agency", "Status"], [
            ["Share any police call-outs to the address with the SW", "West Yorkshire Police", "Completed - none before 19/11/2026"],
            ["Health review of Lily's speech", "Health visitor", "Completed"],
            ["Parenting course (Triple P)", "Family Hub", "In progress"]], [0.5, 0.25, 0.25]),
        ("p", "Core group: social worker, health visitor, school, nursery, Hayley. Police are not members of the core group."),
    ]
    att, t = docx_att(doc, "RCPC progress BOOTH CD612930.docx", landscape_page=True, author="Lauren Crossland")
    return case("01", "wakefield", "review", "progress-table-new-arrest-rui",
                headers=lambda cid: council_headers(cid, from_name="SRU Conferences", from_addr="sru.conferences@wakefield.gov.uk",
                                                    to=to_box("wakefield"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mail2.wakefield.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="wakefield", kind="review", date="2026-12-09", time="10:00", tick=None, harm=["physical"],
                           children=[("Tyler Booth", "2018-12-12"), ("Lily Booth", "2021-03-03")], adults=["Hayley Booth", "Jordan Kaye"],
                           criteria=["current_investigation"], decision="discuss", flags_unscored=["no_booking_form"],
                           tags=["docx-landscape", "rag", "signs-of-safety-columns", "district-wakefield", "review", "tick-absent"],
                           notes="Review: new arrest and RUI for hurting Tyler = current investigation -> discuss. The police action in the plan "
                                 "is completed and police are explicitly not in the core group, so not core_group_member (not attend)."))


def c02():
    rec, sent = D(2026, 12, 7, 14, 25), D(2026, 12, 7, 14, 19)
    subj = "RCPC WHITAKER 17.12.26 09:30"
    body = ("Hi\n\nReview conference for Noah Whitaker - invite and plan progress attached. Sorry this is later than usual, "
            "the chair's diary changed.\n\nThanks\nGemma\n\nGemma Pratt | Integrated Safeguarding Unit | Leeds City Council")
    doc = [
        ("title", "Review Child Protection Conference - Invitation and Plan Progress"),
        ("kv", [("Child", "Noah Whitaker, 17/02/2014"), ("Parent", "Kirsty Whitaker (mother)"), ("Date", "17/12/2026"), ("Time", "09:30"),
                ("Venue", "Microsoft Teams"), ("Review number", "Third review"), ("Chair", "Oluwaseun Adeyemi"), ("Category", "Emotional")]),
        ("table", ["Plan outcome", "Progress", "RAG"], [
            ["Noah lives free from domestic abuse", "No incidents reported since March 2026. Kirsty completed the Freedom Programme in July. Mr Ellis has moved to Hull and has no contact.", "GREEN"],
            ["Noah's emotional wellbeing improves", "CAMHS sessions ended in October as planned; school report Noah is settled.", "GREEN"],
            ["Kirsty is supported with her mental health", "GP review monthly; medication stable.", "GREEN"]], [0.3, 0.58, 0.12]),
        ("table", ["Police action", "Status"], [
            ["Complete a DVDS (Clare's Law) disclosure to Kirsty about Mr Ellis", "COMPLETE - August 2026"],
            ["Attend core groups", "Ended - core group agreed on 12/10/2026 that police no longer need to attend"]], [0.6, 0.4]),
        ("p", "The social worker will recommend that the plan ends and Noah is supported under a Child in Need plan."),
        ("ticks", "West Yorkshire Police", [(False, "Attendance requested"), (True, "Written report sufficient")]),
    ]
    att, t = pdf_att(doc, "WHITAKER RCPC invite and progress.pdf", author="Gemma Pratt")
    return case("02", "leeds", "review", "all-green-police-actions-complete-late",
                headers=lambda cid: council_headers(cid, from_name="Gemma Pratt", from_addr="gemma.pratt@leeds.gov.uk",
                                                    to=to_box("leeds"), subject=subj, sent=sent, received=rec,
                                                    relay_host="smtp-out2.leeds.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="leeds", kind="review", date="2026-12-17", time="09:30", tick=False, harm=["emotional"],
                           children=[("Noah Whitaker", "2014-02-17")], adults=["Kirsty Whitaker"], criteria=["prior_unit_involvement"],
                           decision="report_only", flags_unscored=["no_booking_form"],
                           tags=["pdf-table", "rag", "district-leeds", "review", "tick-report", "late-notice", "safe-report-only"],
                           notes="Review with every outcome green; police actions complete and police left the core group in October -> "
                                 "report_only. 8 working days' notice for a Leeds review (minimum 10) -> late_notice."))


def c03():
    rec, sent = D(2026, 12, 2, 10, 10), D(2026, 12, 2, 10, 4)
    subj = "Review Conference - CRABTREE - Tuesday 15th December 2026 - 10am"
    intro = ("Dear all,\n\nYou are invited to Mason Crabtree's review child protection conference. The social worker's summary of "
             "progress against the plan is set out below for all agencies. Please note the significant event in row 1.")
    form = [
        ("kv", [("Conference", "Review Child Protection Conference"), ("Date / time", "Tuesday 15/12/2026 at 10:00"),
                ("Venue", "Northgate House, Halifax - Room 2 (hybrid)"), ("Child", "Mason Crabtree (06/06/2019)"),
                ("Mother", "Jodie Crabtree"), ("Chair", "Philippa Hinchcliffe"), ("LCS ref", "LCS801166")]),
        ("table", ["Outcome", "Where are we now? (0 = no progress, 10 = achieved)", "What has happened since the last conference", "Next steps"], [
            ["Mason is cared for by a sober adult at all times", "2",
             "Significant event: on 28/11/2026 officers found Jodie unconscious after drinking and used their police protection powers (s46) to take Mason to his aunt Sharon's. He has stayed there since under a family arrangement.",
             "Consider whether a Family Group Conference is needed; SW to see Mason weekly at aunt's."],
            ["Mason's health needs are met", "6", "Dental and eye checks done in October.", "HV to continue."],
            ["Jodie engages with alcohol services", "3", "Missed three Calderdale Recovery Steps appointments.", "Recovery worker to visit at home."]],
         [0.22, 0.13, 0.4, 0.25]),
        ("p", "Police actions in the plan: none. Please provide a written report for the chair."),
    ]
    node, t = blocks_body(intro, form, "Kind regards\nJoanne Pickles\nChild Protection Administration | Calderdale Council")
    return case("03", "calderdale", "review", "scaling-table-police-protection-event",
                headers=lambda cid: council_headers(cid, from_name="Joanne Pickles", from_addr="joanne.pickles@calderdale.gov.uk",
                                                    to=to_box("calderdale"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mx-out.calderdale.gov.uk"),
                mime=node, texts=[subj] + t, received=rec,
                label=dict(district="calderdale", kind="review", date="2026-12-15", time="10:00", tick=None, harm=None,
                           children=[("Mason Crabtree", "2019-06-06")], adults=["Jodie Crabtree"], criteria=["police_protection"],
                           decision="discuss", flags_unscored=["no_booking_form"],
                           tags=["html-table", "scaling", "district-calderdale", "review", "tick-absent", "significant-event"],
                           notes="Review; Mason was taken into police protection (s46) on 28/11 - a significant event since the last "
                                 "conference -> discuss (police are not in the plan)."))


def c04():
    rec, sent = D(2027, 1, 11, 9, 15), D(2027, 1, 11, 9, 7)
    subj = "Invitation - Review Child Protection Conference - FIRTH - 21/01/2027"
    body = ("Morning,\n\nAttached: invitation and the plan progress record for Ellie-Mae Firth's review on Thursday 21st "
            "January 2027 at 1pm (Civic Centre 1, Huddersfield). PC Hirst is named in the plan so please make sure she gets this.\n\n"
            "Thanks\nNaomi Haigh\nChild Protection and Review Team | Kirklees Council")
    doc = [
        ("title", "Kirklees Children's Services - Review Child Protection Conference"),
        ("kv", [("Child", "Ellie-Mae Firth (DOB 30/10/2017)"), ("Mum", "Samantha Firth"), ("Dad", "Dale Firth (not living at home)"),
                ("When", "Thursday 21/01/2027, 13:00-15:00"), ("Where", "Civic Centre 1, Huddersfield, room 4b / Teams"),
                ("Chair", "Malcolm Ogden"), ("Category", "Physical abuse")]),
        ("h", "Strengthening Families - plan progress"),
        ("table", ["Action", "Who", "By when", "Status", "Comment"], [
            ["Monitor Mr Firth's bail conditions (no contact with Ellie-Mae or Samantha) and tell the SW straight away about any breach",
             "PC Lucy Hirst, Kirklees Safeguarding Unit", "ongoing", "AMBER",
             "Mr Firth remains on pre-charge bail for the assault on Ellie-Mae; bail extended to 10/02/2027. One suspected breach on 02/01 being looked into."],
            ["Attend monthly core groups", "PC Lucy Hirst", "monthly", "GREEN", "Attended November, December and January core groups."],
            ["Ellie-Mae to have play therapy", "CAMHS", "Feb 2027", "AMBER", "On waiting list."],
            ["Samantha to complete Freedom Programme", "Samantha / Family Support", "Mar 2027", "GREEN", "5 of 12 sessions done."]],
         [0.3, 0.18, 0.1, 0.1, 0.32]),
    ]
    att, t = docx_att(doc, "FIRTH review invite and plan progress.docx", author="Naomi Haigh")
    return case("04", "kirklees", "review", "police-actions-bail-core-group",
                headers=lambda cid: council_headers(cid, from_name="Naomi Haigh", from_addr="naomi.haigh@kirklees.gov.uk",
                                                    to=to_box("kirklees"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mx-out.kirklees.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="kirklees", kind="review", date="2027-01-21", time="13:00", tick=None, harm=["physical"],
                           children=[("Ellie-Mae Firth", "2017-10-30")], adults=["Samantha Firth", "Dale Firth"],
                           criteria=["core_group_member", "current_investigation"], decision="attend", flags_unscored=["no_booking_form"],
                           tags=["docx-table", "rag", "strengthening-families", "district-kirklees", "review", "tick-absent"],
                           notes="Kirklees -> Wakefield rules. Police named in the plan with ongoing actions and core group attendance "
                                 "(core_group_member) -> attend; the father is on pre-charge bail for assaulting the child (current investigation)."))


def c05():
    rec, sent = D(2027, 1, 25, 15, 2), D(2027, 1, 25, 14, 55)
    subj = "Review CP Conference 08/02/2027 - KHAN - invitation"
    body = ("Dear Colleague\n\nPlease see the attached invitation and progress summary for the review conference for Haris and "
            "Maryam Khan.\n\nRegards\nConference and Review Service\nBradford Children and Families Trust\nBritannia House, Bradford")
    doc = [
        ("small", "OFFICIAL-SENSITIVE"),
        ("title", "Review Child Protection Conference - Invitation"),
        ("kv", [("Date", "Monday 8 February 2027"), ("Time", "10:00 am"), ("Venue", "Britannia House, Bradford - Room 14"),
                ("Children", "Haris Khan (07/07/2016); Maryam Khan (11/11/2018)"), ("Parent", "Nadia Khan (mother)"),
                ("Chair", "Graham Lockwood"), ("Category", "Neglect")]),
        ("h", "Progress summary"),
        ("table", ["Area", "Working well", "Worries", "Next steps", "Police", "RAG"], [
            ["Home conditions", "Flat decorated, beds and bedding in place.", "None currently.", "Continue FSW visits monthly.", "N/A", "GREEN"],
            ["School attendance", "Haris 94%, Maryam 91%.", "Lateness on Mondays.", "School to call mum on late days.", "N/A", "GREEN"],
            ["Health", "All appointments kept.", "Maryam's asthma review overdue.", "GP appointment booked 03/02.", "N/A", "AMBER"]],
         [0.14, 0.22, 0.18, 0.22, 0.1, 0.14]),
        ("p", "Background (from the initial conference, for new members): in 2019, before this plan, both children were placed in "
              "police protection for one night when Ms Khan was detained in hospital. There has been no police involvement with the "
              "family since the plan was made in May 2026 and there are no police actions in the plan."),
        ("ticks", "Police", [(False, "attendance required"), (True, "written report sufficient")]),
    ]
    att, t = pdf_att(doc, "KHAN RCPC invitation.pdf", author="Conference and Review Service")
    return case("05", "bradford", "review", "green-progress-historic-police-protection",
                headers=lambda cid: council_headers(cid, from_name="BCFT Conference and Review Service",
                                                    from_addr="conference.review@bcft.bradford.gov.uk", to=to_box("bradford"),
                                                    subject=subj, sent=sent, received=rec, relay_host="mail.bcft.bradford.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="bradford", kind="review", date="2027-02-08", time="10:00", tick=False, harm=["neglect"],
                           children=[("Haris Khan", "2016-07-07"), ("Maryam Khan", "2018-11-11")], adults=["Nadia Khan"],
                           criteria=["prior_unit_involvement"], decision="report_only", flags_unscored=["no_booking_form"],
                           tags=["pdf-table", "rag", "district-bradford", "review", "tick-report", "historic-police-protection", "safe-report-only"],
                           notes="Review; police protection only in 2019 (historical background), no police actions, report sufficient -> report_only."))


def c06():
    rec, sent = D(2026, 12, 16, 12, 50), D(2026, 12, 16, 12, 44)
    subj = "OFFICIAL-SENSITIVE: Review CPC BARRACLOUGH 06/01/27 2pm"
    intro = ("Hello,\n\nThe review conference for Chloe Barraclough is on Wednesday 6 January 2027 at 2pm at Wakefield One (room 1.11). "
             "Because of the Christmas closure, reports to the chair by Thursday 31 December please.\n\nProgress since the last conference:")
    form = [
        ("table", ["Outcome", "Progress", "Police actions", "Status"], [
            ["Chloe is protected from contact with Gary Lee", "Mr Lee has had no contact; Chloe feels safer.",
             "DC Simon Pell (CPPU) to stay in the core group and keep the conference updated on the prosecution of Mr Lee, who is charged with sexually assaulting Chloe; trial listed for 15/03/2027.",
             "In progress"],
            ["Amanda can recognise grooming and keep Chloe safe", "Amanda finished the NSPCC Parents Protect sessions.", "-", "Completed"],
            ["Chloe gets therapeutic support", "ISVA and CAMHS in place.", "DC Pell to arrange pre-trial visit to court with the witness service.", "In progress"]],
         [0.25, 0.25, 0.38, 0.12]),
        ("kv", [("Child", "Chloe Barraclough, DOB 09/05/2011"), ("Mother", "Amanda Barraclough"),
                ("Alleged perpetrator (not in household)", "Gary Lee, Amanda's former partner"), ("Category", "Sexual"),
                ("CareDirector", "CD550148")]),
    ]
    node, t = blocks_body(intro, form, "Thanks\nPriya Sharma | Safeguarding and Review Unit | Wakefield Council")
    return case("06", "wakefield", "review", "police-in-plan-awaiting-trial",
                headers=lambda cid: council_headers(cid, from_name="Priya Sharma", from_addr="priya.sharma@wakefield.gov.uk",
                                                    to=to_box("wakefield"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mail1.wakefield.gov.uk", marking="OFFICIAL-SENSITIVE"),
                mime=node, texts=[subj] + t, received=rec,
                label=dict(district="wakefield", kind="review", date="2027-01-06", time="14:00", tick=None, harm=["sexual"],
                           children=[("Chloe Barraclough", "2011-05-09")], adults=["Amanda Barraclough", "Gary Lee"],
                           criteria=["core_group_member", "current_investigation"], decision="attend", flags_unscored=["no_booking_form"],
                           tags=["html-table", "police-actions", "district-wakefield", "review", "tick-absent", "christmas-working-days"],
                           notes="Review; DC Pell stays in the core group with live actions -> core_group_member -> attend (Wakefield 5.1). "
                                 "Charged and awaiting trial for sexual assault of the child = still current."))


def c07():
    rec, sent = D(2026, 12, 11, 13, 55), D(2026, 12, 11, 13, 50)
    subj = "CANCELLED - Review CPC - SHAW - 17/12/2026"
    body = """Dear all

Please note the review child protection conference for Freya Shaw (DOB 03/03/2013), due on Thursday 17 December 2026 at 1.30pm, is CANCELLED.

Freya and her mum, Kelly Shaw, moved to Sheffield on 4 December. Sheffield Children's Services have accepted the transfer and will hold a transfer-in conference; they will contact agencies directly. No reports are needed for 17 December.

For your records, the last progress table is copied below.

Outcome                          | RAG   | Comment
Freya attends school every day   | AMBER | 82% this term
Kelly engages with drug services | GREEN | tests clear since August
Police actions                   | n/a   | none in this plan

Regards
Joanne Pickles
Child Protection Administration | Calderdale Council"""
    return case("07", "calderdale", "review", "cancelled-moved-to-sheffield",
                headers=lambda cid: council_headers(cid, from_name="Joanne Pickles", from_addr="joanne.pickles@calderdale.gov.uk",
                                                    to=to_box("calderdale"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mx-out.calderdale.gov.uk"),
                mime=cover(body, html_too=False), texts=[subj, body], received=rec,
                label=dict(district="calderdale", kind="review", date="2026-12-17", time="13:30", tick=None, harm=None,
                           children=[("Freya Shaw", "2013-03-03")], adults=["Kelly Shaw"], criteria=[], decision="manual_review",
                           flags_required=["cancelled"], no_deadlines=True, flags_unscored=["no_booking_form", "missing_reason", "not_an_invitation"],
                           tags=["plain-text", "ascii-table", "cancellation", "district-calderdale", "review"],
                           notes="The review is cancelled (family moved to Sheffield) -> manual_review with cancelled."))


if __name__ == "__main__":
    run([c01(), c02(), c03(), c04(), c05(), c06(), c07()], L)
