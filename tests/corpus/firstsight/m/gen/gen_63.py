"""Layout 63: booking form as an Excel workbook (.xlsx): one sheet per section, dates as serial numbers
with number formats, Yes/No answer cells, a drop-down (data validation) for the police request whose
list lives on a hidden sheet, boolean TRUE/FALSE tick cells in one variant."""
import datetime as dt
from common import *
from xlsx import Workbook, Date, Time, Bool

Q = [("current_investigation", "Is the child the subject of a current police investigation (physical or sexual abuse within the family)?"),
     ("previous_investigation_escalation", "Was there a previous police investigation AND is there clear evidence the risk is now escalating?"),
     ("wilful_neglect_investigation", "Are police actively investigating wilful neglect / child cruelty?"),
     ("police_protection", "Does this conference arise from the child being placed in police protection (s46)?"),
     ("child_sexual_exploitation", "Is child sexual exploitation (CSE) a considered risk?"),
     ("domestic_abuse_current_involvement", "Is there serious domestic abuse with current police / DV co-ordinator involvement?"),
     ("registered_sex_offender", "Does a registered sex offender live in or have contact with the household?"),
     ("negotiated_attendance", "Has police attendance been agreed between the Chair and the DI?"),
     ("core_group_member", "Are police members of the core group (reviews only)?")]

KIND = {"initial": "ICPC", "review": "RCPC", "transfer_in": "Transfer In"}


def build(c):
    wb = Workbook(c["org"])
    dfmt = c.get("datefmt", 164)
    d = D(c["date"])
    conf = [["Child Protection Conference Booking Form", None], ["OFFICIAL-SENSITIVE", None], [c["org"], None],
            ["Type of conference", c.get("kind_text") or KIND[c["kind"]]],
            ["Date of conference", c.get("date_text") or Date(d, dfmt)],
            ["Start time", Time(*map(int, c["time"].split(":")))], ["Venue", c["venue"]], ["Chair", c["chair"]],
            ["Social worker", c["sw"]], ["Team manager", c["tm"]], ["Case reference", c["ref"]], ["Category", c["category"]]]
    wb.add("Conference", conf, validations=[("B4", "Lists!$C$1:$C$5")])
    ch = [["Full name", "Date of birth / EDD", "Gender", "Ethnicity", "School / setting"]]
    for n, dob, g, e, s in c["children"]:
        ch.append([n, Date(D(dob), dfmt) if dob and dob[0] == "2" else dob, g, e, s])
    wb.add("Children", ch, widths=(26, 18, 10, 30, 30))
    ad = [["Full name", "Relationship to child(ren)", "Date of birth", "Lives in household", "Parental responsibility"]]
    for n, rel, dob, hh, pr in c["adults"]:
        ad.append([n, rel, Date(D(dob), dfmt), hh, pr])
    wb.add("Adults", ad, validations=[("D2:E12", '"Yes,No"')], widths=(26, 34, 14, 18, 22))
    wb.add("Reason", [["Reason for conference (what are we worried about?)"]] + [[p] for p in c["reason"]], widths=(140,))
    pol = [["Question", "Yes/No", "Details"]]
    for cid, q in Q:
        if cid == "core_group_member" and c["kind"] != "review":
            continue
        ans = c["answers"].get(cid, ("No", None))
        pol.append([q, ans[0], ans[1]])
    nq = len(pol)
    pol.append([None, None, None])
    val = [("B2:B%d" % nq, '"Yes,No"')]
    if c["tickmode"] == "dropdown":
        pol.append(["West Yorkshire Police - select one", c["tick_value"], None])
        val.append(("B%d" % (nq + 2), "Lists!$A$1:$A$2"))
    else:
        pol.append(["West Yorkshire Police (tick one)", None, None])
        pol.append(["Police attendance required", Bool(c["tick"][0]), None])
        pol.append(["Written report sufficient", Bool(c["tick"][1]), None])
    pol.append(["Completed by", c["sw"], None])
    pol.append(["Date completed", Date(D(c["completed"]), dfmt), None])
    wb.add("Police", pol, validations=val, widths=(70, 28, 80))
    wb.add("Lists", [["Police attendance required", "Yes", "ICPC"], ["Written report sufficient", "No", "RCPC"],
                     [None, None, "Transfer In"], [None, None, "Pre-birth ICPC"], [None, None, "Pre-birth RCPC"]], hidden=True)
    return wb


CASES = [
dict(name="m-63-01-calderdale-rcpc-xlsx-core-group-mappa-blank-dropdown", district="calderdale", kind="review", pre_birth=False,
     date="2027-01-05", time="10:00", received=T("2026-12-07T09:12:00"), sent=T("2026-12-07T09:03:51"),
     org="Calderdale Council - Children and Young People's Services", venue="Halifax Town Hall - Room 12 (hybrid)", chair="Yvonne Pearson",
     sw="Abdul-Rahman Qureshi", tm="Rachel Jowett", ref="LCS1038820", category="Sexual abuse",
     children=[("Poppy Sykes", "2020-05-16", "Female", "White British", "Siddal Primary"),
               ("Alfie Sykes", "2023-09-02", "Male", "White British", "Siddal Pre-School")],
     adults=[("Lauren Sykes", "Mother", "1997-03-22", "Yes", "Yes"), ("Gary Holroyd", "Mother's partner", "1979-11-08", "Yes", "No"),
             ("Connor Sykes", "Father", "1996-07-30", "No", "Yes")],
     reason=["Review of the plans made at the ICPC on 1 October 2026.",
             "Mr Holroyd is managed under MAPPA category 1 (registered sex offender, 2016 conviction for sexual assault of a 13-year-old) and moved in with Ms Sykes in the summer. The plan is that he is not to be alone with the children and that the family works with the Lucy Faithfull Foundation.",
             "Since the ICPC Ms Sykes has engaged well. There was one breach in November when a neighbour saw Mr Holroyd collecting Poppy from school alone; this was picked up at the core group."],
     answers={"registered_sex_offender": ("Yes", "Gary Holroyd - MAPPA category 1, lives in the household"),
              "core_group_member": ("Yes", "DC Nadeem Anwar (Calderdale SGU) is a core group member and does monthly joint visits with the social worker")},
     tickmode="dropdown", tick_value=None, completed="2026-12-04",
     cover="Morning,\n\nPlease find attached the booking form (spreadsheet) for the Sykes review conference on Tuesday 5th January at 10am.\n\nThanks\nAbdul\n\nAbdul-Rahman Qureshi\nSocial Worker | Calderdale Council",
     from_=("Abdul-Rahman Qureshi", "abdulrahman.qureshi@calderdale.gov.uk"), subject="RCPC 05/01/2027 SYKES - booking form", filename="RCPC Sykes booking form.xlsx",
     harm=["sexual"], criteria=["registered_sex_offender", "core_group_member", "prior_unit_involvement"], decision="attend", tick=None, flags=["tickbox_ambiguous"],
     tags=["xlsx", "xlsx-dropdown-blank", "hidden-list-sheet", "review", "core-group", "mappa-cat-1"],
     notes="review with police in the core group (monthly joint visits) -> attend; MAPPA category 1 partner = RSO; the police drop-down was left blank (its options only on the hidden Lists sheet) -> tick null, tickbox_ambiguous"),
dict(name="m-63-02-wakefield-icpc-xlsx-escalation-di-agreed", district="wakefield", kind="initial", pre_birth=False,
     date="2026-12-30", time="10:00", received=T("2026-12-18T13:44:00"), sent=T("2026-12-18T13:40:09"),
     org="Wakefield Council - Safeguarding and Review Unit", venue="Wakefield One - Room 1.08 / Teams", chair="Simon Outhwaite",
     sw="Natalie Greaves", tm="Helen Heaton", ref="CD490215", category="Physical abuse", datefmt=14,
     children=[("Tyler Hemingway", "2018-06-11", "Male", "White British", "Eastmoor Primary"),
               ("Ruby Hemingway", "2021-02-25", "Female", "White British", "Eastmoor Primary nursery")],
     adults=[("Kirsty Hemingway", "Mother", "1993-08-14", "Yes", "Yes"), ("Wayne Hemingway", "Father", "1990-01-03", "Yes", "Yes")],
     reason=["Tyler was investigated by police in March 2025 after he arrived at school with a burn to his hand; Mr Hemingway was interviewed and the case was closed with no further action due to insufficient evidence.",
             "Since October 2026 the school have recorded three further injuries to Tyler (bruising to his cheek, a cut lip and finger-mark bruising on his upper arm). Each time the explanation has changed. Tyler is now refusing to go home at the end of the day and told his teacher 'dad will be mad again'. The injuries are getting more frequent and more serious.",
             "Ruby has no injuries but is often not brought to nursery."],
     answers={"previous_investigation_escalation": ("Yes", "2025 investigation NFA; three further injuries since October 2026 - escalating"),
              "negotiated_attendance": ("Yes", "Chair spoke to DI Moxon (Wakefield Safeguarding Unit) on 17/12/2026 - agreed police will attend")},
     tickmode="dropdown", tick_value="Police attendance required", completed="2026-12-18",
     cover="Hi\n\nBooking form for the Hemingway ICPC attached (new Excel version of the form). Conference is Wednesday 30 December at 10am.\n\nNatalie Greaves\nSocial Worker\nWakefield Council",
     from_=("Natalie Greaves", "natalie.greaves@wakefield.gov.uk"), subject="ICPC booking - HEMINGWAY - 30.12.2026", filename="ICPC booking HEMINGWAY.xlsx",
     harm=["physical"], criteria=["previous_investigation_escalation", "negotiated_attendance", "prior_unit_involvement"], decision="attend", tick=True,
     tags=["xlsx", "xlsx-builtin-date-format", "yes-no-grid", "escalation", "negotiated", "christmas-bank-holidays"],
     notes="previous investigation (2025, NFA) plus clear escalation, and chair-DI agreement -> attend; dates use Excel's built-in short-date format 14; report due counts back over Christmas bank holidays"),
dict(name="m-63-03-leeds-icpc-xlsx-cse-yes-written-report", district="leeds", kind="initial", pre_birth=False,
     date="2027-01-15", time="13:00", received=T("2027-01-07T10:27:00"), sent=T("2027-01-07T10:20:33"),
     org="Leeds City Council - Children and Families", venue="Microsoft Teams", chair="Claire Goodall",
     sw="Dervla Hennessy", tm="Ruth Moorhouse", ref="MOS327741", category="Sexual abuse",
     children=[("Rojin Karimi", "2011-10-09", "Female", "Kurdish (Iraqi)", "Leeds City Academy")],
     adults=[("Shirin Karimi", "Mother", "1985-04-19", "Yes", "Yes"), ("Aram Karimi", "Father", "1979-12-01", "Yes", "Yes"),
             ("Dilan Karimi", "Brother (19)", "2007-06-15", "Yes", "No")],
     reason=["Rojin (15) is in a 'relationship' with a 22-year-old man she met online who collects her from school in different cars. She has been found with new clothes, cash and a second phone. She has stayed out overnight four times and on one occasion was found at a hotel in Bradford.",
             "The Leeds exploitation hub screened Rojin on 4 January 2027 and assessed her as at significant risk of child sexual exploitation. A referral has gone to the CSE team. Police are aware and have an intelligence log but no crime has been recorded because Rojin will not make a complaint.",
             "The parents are frightened for her and have taken her phone; she then went missing for two nights. Father has hit Rojin across the face once in anger, which he accepts."],
     answers={"child_sexual_exploitation": ("Yes", "Exploitation hub screening 04/01/2027 - significant risk"),
              "current_investigation": ("No", "Intelligence only - no crime recorded")},
     tickmode="dropdown", tick_value="Written report sufficient", completed="2027-01-06",
     cover="Hello,\n\nPlease see the booking form attached for Rojin Karimi's ICPC on Friday 15 January at 1pm (Teams).\n\nDervla\nSocial Worker | Leeds Children and Families",
     from_=("Dervla Hennessy", "dervla.hennessy@leeds.gov.uk"), subject="ICPC - KARIMI - 15/01/2027 - booking form", filename="Booking form KARIMI ICPC.xlsx",
     harm=["sexual"], criteria=["child_sexual_exploitation"], decision="discuss", tick=False,
     tags=["xlsx", "yes-no-grid", "cse", "leeds-cse-discuss", "tick-report", "intelligence-not-investigation"],
     notes="CSE is a considered risk; Leeds has no CSE item -> discuss (POLICY choice) even though the drop-down says written report sufficient; intelligence log is not an investigation"),
dict(name="m-63-04-kirklees-icpc-xlsx-booleans-all-no-six-children", district="kirklees", kind="initial", pre_birth=False,
     date="2027-01-26", time="10:00", received=T("2027-01-12T15:16:00"), sent=T("2027-01-12T15:08:47"),
     org="Kirklees Council - Children's Services", venue="Dewsbury Town Hall - Conference Room 2", chair="Josephine Addo",
     sw="Megan Haigh", tm="Adam Crowther", ref="KC-2027-000412", category="Neglect",
     children=[("Tahmid Uddin", "2012-07-04", "Male", "Bangladeshi", "Thornhill Community Academy"),
               ("Sumaiya Uddin", "2014-03-29", "Female", "Bangladeshi", "Thornhill Community Academy"),
               ("Rayhan Uddin", "2016-11-12", "Male", "Bangladeshi", "Headfield Junior"),
               ("Nabila Uddin", "2019-08-21", "Female", "Bangladeshi", "Headfield Infant"),
               ("Safwan Uddin", "2022-05-05", "Male", "Bangladeshi", "Headfield Infant nursery"),
               ("Inaya Uddin", "2025-10-30", "Female", "Bangladeshi", "At home")],
     adults=[("Rehana Begum", "Mother", "1990-02-17", "Yes", "Yes"), ("Abdul Uddin", "Father", "1984-09-09", "Yes", "Yes"),
             ("Jahanara Khatun", "Paternal grandmother", "1958-01-01", "Yes", "No")],
     reason=["Neglect of the children's health needs. Rayhan has epilepsy and has been taken to A&E twice since November after seizures; both times his medication had run out. Four of the children need dental extractions and appointments have been missed. The family of nine live in a three-bedroom terrace with damp.",
             "Mr Uddin works nights and Ms Begum, who speaks limited English, is caring for a newborn. Both parents want help and say they did not understand the repeat prescription system.",
             "The strategy discussion on 5 January (children's social care, police and health) agreed a single-agency section 47 enquiry. Police have no record of the family. There are no domestic abuse, sexual exploitation or sex offender concerns."],
     answers={}, tickmode="bool", tick=(False, True), completed="2027-01-12",
     cover="Dear colleague\n\nPlease find attached the booking spreadsheet for the Uddin children's initial conference, Tuesday 26th January 2027, 10am, Dewsbury Town Hall. A Sylheti interpreter is booked.\n\nRegards\nMegan Haigh\nSocial Worker, Kirklees Council",
     from_=("Megan Haigh", "megan.haigh@kirklees.gov.uk"), subject="ICPC Uddin family 26/01/2027", filename="Uddin ICPC booking.xlsx",
     harm=["neglect"], criteria=[], decision="report_only",
     tags=["xlsx", "xlsx-boolean-ticks", "yes-no-grid-all-no", "six-children", "strategy-discussion-not-investigation", "kirklees-wakefield-rules"],
     notes="every criterion question answered No; strategy discussion with police is not an investigation; TRUE on 'Written report sufficient' -> report_only"),
dict(name="m-63-05-bradford-icpc-xlsx-text-dates-tick-attend", district="bradford", kind="initial", pre_birth=False,
     date="2027-01-27", time="09:30", received=T("2027-01-18T11:58:00"), sent=T("2027-01-18T11:51:20"),
     org="Bradford Children and Families Trust", venue="Britannia House, Bradford - Room 3", chair="Nasreen Choudhury",
     sw="Oliver Brennan", tm="Stephen Ackroyd", ref="BD7771064", category="Physical abuse", date_text="27.01.27",
     children=[("Ethan Wang", "14.03.2016", "Male", "Chinese", "Heaton Primary"), ("Lily Wang", "02.09.2020", "Female", "Chinese", "Heaton Primary")],
     adults=[("Chloe Wang", "Mother", "1988-05-27", "Yes", "Yes"), ("Daniel Wang", "Father", "1983-10-13", "Yes", "Yes")],
     reason=["Ethan (10) told his teacher that his father hits him with a belt when his homework is wrong. No marks were seen. At the strategy discussion police decided not to start a criminal investigation because Ethan would not repeat his account to officers and there was no injury; the section 47 enquiry has been completed by children's social care alone.",
             "Mr Wang accepts using physical chastisement and says it is normal in his upbringing. He holds a shotgun certificate for clay shooting and keeps two shotguns at the house; the chair would like the police to consider attending so that firearms licensing can be discussed.",
             "Ms Wang is supportive of the plan but is isolated and has no family in the UK."],
     answers={}, tickmode="dropdown", tick_value="Police attendance required", completed="2027-01-18",
     cover="Good morning\n\nPlease see attached ICPC booking form for Ethan and Lily Wang, 27/01/2027 9.30am.\n\nKind regards\nOliver Brennan\nSocial Worker\nBradford Children and Families Trust",
     from_=("Oliver Brennan", "oliver.brennan@bradford.gov.uk"), subject="ICPC booking form - WANG - 27/01/2027", filename="ICPC Booking Form - WANG.xlsx",
     harm=["physical"], criteria=[], decision="discuss", tick=True,
     tags=["xlsx", "xlsx-text-dates", "tick-attend", "police-declined-investigation", "bradford-wakefield-rules"],
     notes="police declined to investigate (no current investigation); no criterion, but the drop-down asks for police attendance -> discuss; dates typed as text 27.01.27"),
dict(name="m-63-06-leeds-rcpc-xlsx-new-arrest-bail-late", district="leeds", kind="review", pre_birth=False,
     date="2027-01-28", time="10:00", received=T("2027-01-19T16:22:00"), sent=T("2027-01-19T16:15:02"),
     org="Leeds City Council - Children and Families", venue="Merrion House - Room 6.04 / Teams", chair="Gareth Pickersgill",
     sw="Harvinder Sangha", tm="Claire Oduya", ref="MOS309925", category="Emotional abuse",
     children=[("Arjun Gill", "2014-05-21", "Male", "Indian (Sikh)", "Allerton Grange"),
               ("Simran Gill", "2017-02-08", "Female", "Indian (Sikh)", "Moortown Primary"),
               ("Navdeep Gill", "2022-12-15", "Male", "Indian (Sikh)", "Moortown Primary nursery")],
     adults=[("Harpreet Kaur", "Mother", "1989-06-30", "Yes", "Yes"), ("Jaswinder Singh Gill", "Father", "1985-03-11", "No", "Yes")],
     reason=["Second review. The children have been on plans (emotional abuse) since June 2026 because of domestic abuse by Mr Gill towards Ms Kaur.",
             "Significant event since the last review: on 28 December 2026 Mr Gill assaulted Arjun, punching him in the face when he tried to stop his father hitting his mother. Mr Gill was arrested the same night and is on police bail with conditions not to enter the family home or contact Ms Kaur or the children while the assault is investigated. DASH was high risk and the case has been referred to MARAC for 4 February. DC Kerry Lister is the officer in the case.",
             "Ms Kaur has been supported by the Leeds Domestic Violence Service and has applied for a non-molestation order."],
     answers={"current_investigation": ("Yes", "Assault on Arjun 28/12/2026 - father on bail"),
              "domestic_abuse_current_involvement": ("Yes", "DASH high, MARAC 04/02/2027, bail conditions"),
              "core_group_member": ("No", "Police are not in the core group")},
     tickmode="dropdown", tick_value="Written report sufficient", completed="2027-01-19",
     cover="Hi, please see attached the updated booking form for the Gill review on 28th January. Apologies for the short notice.\n\nHarvinder Sangha\nSocial Worker\nLeeds City Council",
     from_=("Harvinder Sangha", "harvinder.sangha@leeds.gov.uk"), subject="RE: Review CPC 28.01.27 GILL - booking form (updated)", filename="GILL RCPC booking form v2.xlsx",
     harm=["emotional"], criteria=["current_investigation", "domestic_abuse_current_involvement"], decision="discuss", tick=False,
     tags=["xlsx", "review", "significant-event", "pre-charge-bail", "marac", "late-notice", "not-core-group"],
     notes="review: new arrest and bail (current investigation) and current DA involvement are reasons to discuss, not to attend, since police are not in the core group; 7 working days' notice for a Leeds review (minimum 10)"),
dict(name="m-63-07-kirklees-icpc-xlsx-dmarc-fail", district=None, kind="initial", pre_birth=False,
     date="2027-02-11", time="10:00", received=T("2027-01-29T18:41:00"), sent=T("2027-01-29T18:37:15"),
     org="Kirklees Council - Children's Services", venue="Huddersfield Civic Centre 3 - Room 1", chair="Shazia Mahmood",
     sw="Bethany Crossley", tm="Adam Crowther", ref="KC-2027-000690", category="Sexual abuse",
     children=[("Amelia Bolton", "2011-12-03", "Female", "White British", "Honley High School")],
     adults=[("Stacey Bolton", "Mother", "1986-08-08", "Yes", "Yes")],
     reason=["Amelia has been going to parties in Huddersfield where adult men supply alcohol and drugs. She has disclosed sexual activity with an adult. A CSE risk assessment is being completed."],
     answers={"child_sexual_exploitation": ("Yes", "Risk assessment in progress")},
     tickmode="dropdown", tick_value="Police attendance required", completed="2027-01-29",
     cover="Please find attached booking form for ICPC on 11/02/2027. Please open the attachment to confirm attendance.\n\nBethany Crossley\nKirklees Council",
     from_=("Bethany Crossley", "bethany.crossley@kirklees.gov.uk"), subject="ICPC booking form - BOLTON - 11/02/2027", filename="ICPC booking form BOLTON.xlsx",
     harm=["sexual"], criteria=["child_sexual_exploitation"], decision="manual_review", tick=True, flags=["unverified_sender"],
     auth="fail", sender_host="mail.fastsend-relay.net",
     tags=["xlsx", "unverified-sender", "dmarc-fail", "spf-fail"],
     notes="From a kirklees.gov.uk address but the police gateway's Authentication-Results shows SPF and DMARC failures from an outside relay -> manual_review with unverified_sender whatever the content (district left null as in the look-alike example)"),
]


def main():
    for c in CASES:
        wb = build(c)
        data = wb.to_bytes(c["sent"].strftime("%Y-%m-%dT%H:%M:%SZ"))
        body = multipart("mixed", [text_part(c["cover"]),
                                   attachment(data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", c["filename"])], c["name"])
        dist_for_mail = c["district"] or "kirklees"
        eml = assemble(dist_for_mail, c["received"], c["sent"], c["from_"][0], c["from_"][1], c["subject"], body, c["name"],
                       auth=c.get("auth", "pass"), sender_host=c.get("sender_host"))
        kids = []
        for n, dob, *_ in c["children"]:
            if dob[0] == "2":
                kids.append({"name": n, "date_of_birth": dob})
            else:
                kids.append({"name": n, "date_of_birth": dt.datetime.strptime(dob, "%d.%m.%Y").date().isoformat()})
        tick = c.get("tick") if c["tickmode"] != "bool" else (None if c["tick"][0] == c["tick"][1] else c["tick"][0])
        lab = dict(district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"], time=c["time"],
                   police_attendance_requested=tick, harm_categories=c["harm"], children=kids,
                   adults=[a[0] for a in c["adults"]], criteria=c["criteria"], decision=c["decision"],
                   source_texts=[c["subject"], c["cover"], c["filename"]] + wb.texts(),
                   tags=c["tags"] + ["district-" + dist_for_mail], notes=c["notes"], _received=c["received"],
                   _flags=c.get("flags", []))
        if c["decision"] == "manual_review":
            lab["_no_deadlines"] = True
        write_case(c["name"], eml, lab)
        print("wrote", c["name"])


if __name__ == "__main__":
    main()
