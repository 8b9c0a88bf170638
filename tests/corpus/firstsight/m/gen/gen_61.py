"""Layout 61: OpenDocument (.odt) booking forms saved by LibreOffice Writer.
Tick boxes are either LibreOffice form controls (state only in <form:checkbox form:current-state>)
or printed ballot-box characters (U+2612 / U+2610) in table cells."""
import datetime as dt
from common import *
from odt import OdtDoc, Box

FORM_TITLE = {
    "wakefield": ("CHILD PROTECTION CONFERENCE BOOKING FORM", "Wakefield Council - Children and Young People's Service - Safeguarding and Review Unit"),
    "leeds": ("Request for Child Protection Conference", "Leeds City Council - Children and Families - Integrated Safeguarding Unit"),
    "calderdale": ("Child Protection Conference - Booking and Notification", "Calderdale Council - Children and Young People's Services - Safeguarding and Quality Assurance"),
    "kirklees": ("Child Protection Conference Booking Request", "Kirklees Council - Children's Services - Child Protection and Review Unit"),
    "bradford": ("Conference Booking Form", "Bradford Children and Families Trust - Independent Reviewing and Conference Service"),
}
KIND_TEXT = {"initial": "Initial Child Protection Conference", "review": "Review Child Protection Conference",
             "transfer_in": "Transfer In Child Protection Conference"}


def build(c):
    d = D(c["date"])
    title, org = FORM_TITLE[c["district"]]
    doc = OdtDoc(title + " - " + c["surname"], c["sw"])
    doc.para("OFFICIAL-SENSITIVE", "Marking")
    doc.heading(title, 1)
    doc.para(org)
    kt = c.get("kind_text") or KIND_TEXT[c["kind"]]
    doc.heading("Section 1 - Conference details", 2)
    rows = [["Type of conference", kt], ["Date", c.get("date_text") or uk(d)], ["Time", c["time_text"]],
            ["Venue", c["venue"]], [c["ref_label"], c["ref"]], ["Chair", c["chair"]],
            ["Social worker", c["sw"]], ["Team manager", c["tm"]]]
    if c.get("category"):
        rows.append(["Category of concern", c["category"]])
    doc.table(rows)
    doc.heading("Section 2 - Child(ren) subject of the conference", 2)
    rows = [["Name", "Date of birth / EDD", "Gender", "School / setting"]]
    for ch in c["children"]:
        rows.append([ch[0], ch[1], ch[2], ch[3]])
    doc.table(rows)
    doc.heading("Section 3 - Parents, carers and significant adults", 2)
    rows = [["Name", "Relationship to child(ren)", "Date of birth", "Address"]]
    for a in c["adults"]:
        rows.append(list(a))
    doc.table(rows)
    doc.heading("Section 4 - Reason for conference", 2)
    for p in c["reason"]:
        doc.para(p)
    if c.get("police_section"):
        doc.heading("Section 5 - Police involvement known to children's social care", 2)
        for p in c["police_section"]:
            doc.para(p)
    doc.heading("Section 6 - West Yorkshire Police (please tick one)", 2)
    mode = c["tick_mode"]
    a, r = c["tick"]
    doc.table([[Box("Police attendance required", a, mode)], [Box("Written report sufficient", r, mode)]])
    if c.get("tick_note"):
        doc.para(c["tick_note"])
    if c.get("other"):
        doc.heading("Section 7 - Other information", 2)
        doc.table(c["other"])
    doc.table([["Completed by", c["sw"]], ["Date completed", c["completed"]]])
    return doc


CASES = [
dict(
    name="m-61-01-wakefield-icpc-odt-controls-abe-bail-late",
    district="wakefield", kind="initial", pre_birth=False, date="2026-12-14", time="10:00", time_text="10:00",
    received=T("2026-12-08T10:14:00"), sent=T("2026-12-08T10:02:41"),
    surname="KOWALCZYK", venue="Wakefield One, Burton Street - Room 3.14 (family attending in person)",
    ref_label="CareDirector ID", ref="CD471126", chair="Bernadette Oyelaran", sw="Tomasz Zielinski", tm="Hannah Brook",
    category="Sexual abuse",
    children=[("Zuzanna Kowalczyk", "19/02/2015", "Female", "Lupset Park Primary"),
              ("Filip Kowalczyk", "02/09/2018", "Male", "Lupset Park Primary")],
    adults=[("Agnieszka Kowalczyk", "Mother", "11/06/1989", "Home address"),
            ("Marek Kowalczyk", "Father (separated, lives in Poland)", "30/01/1986", "Not known"),
            ("Pawel Nowicki", "Maternal uncle - lived in the household until 27/11/2026", "14/03/1993", "Now with a friend in Ossett")],
    reason=["Zuzanna (11) told her teacher on 26 November that her uncle, who was staying with the family, had been coming into her bedroom at night and touching her. She repeated this to the school DSL with the Polish-speaking TA present.",
            "Strategy discussion on 27/11/2026 agreed a joint section 47 enquiry. Zuzanna was seen for an ABE interview on 30 November at the Wakefield suite and gave a full account. Mr Nowicki was arrested the same afternoon, interviewed and has been bailed with conditions not to attend the address or contact either child. DC Lauren Firth (Wakefield CPPU) is the officer in the case.",
            "Mum believed Zuzanna straight away and asked her brother to leave. She is frightened about what family in Poland will say and has had pressure by phone to 'sort it out within the family'."],
    police_section=["Chair has spoken with DI Sagar at the safeguarding unit and it is agreed that the OIC will attend the conference in person."],
    tick_mode="control", tick=(True, False),
    other=[["Interpreter needed", "Yes - Polish (booked for mother)"], ["Exclusions", "None requested"]],
    completed="07/12/2026",
    cover="Good morning,\n\nPlease find attached the booking form for the Initial Child Protection Conference for Zuzanna and Filip Kowalczyk on Monday 14 December at 10am. I am sorry this is later than it should be - the form sat in my drafts.\n\nThe form was done in LibreOffice as I am working from home on my own laptop this week - please let me know if it does not open.\n\nThanks\nTomasz Zielinski\nSocial Worker, Assessment and Intervention Team East\nWakefield Council",
    from_=("Tomasz Zielinski", "tomasz.zielinski@wakefield.gov.uk"),
    subject="OFFICIAL-SENSITIVE ICPC booking form - KOWALCZYK - 14/12/2026",
    filename="ICPC booking form Kowalczyk.odt",
    harm=["sexual"], criteria=["current_investigation", "negotiated_attendance"], decision="attend",
    tags=["odt", "odt-form-control", "tick-attend", "late-notice", "pre-charge-bail", "abe"],
    notes="ABE done, uncle arrested and on pre-charge bail: current investigation into sexual abuse within the family; chair and DI agreed attendance; sent 4 working days ahead (Wakefield minimum 5)"),
dict(
    name="m-61-02-leeds-rcpc-odt-glyph-core-group-rso-conflict",
    district="leeds", kind="review", pre_birth=False, date="2027-01-07", time="13:30", time_text="1.30pm",
    received=T("2026-12-09T14:37:00"), sent=T("2026-12-09T14:31:10"),
    surname="ABDI-WARSAME", venue="Microsoft Teams (link to follow from the ISU)",
    ref_label="Mosaic ID", ref="MOS318804", chair="Gareth Pickersgill", sw="Amina Yusuf", tm="Claire Oduya",
    category="Sexual abuse",
    children=[("Hodan Abdi", "08/05/2016", "Female", "Harehills Primary"),
              ("Sagal Abdi", "21/12/2019", "Female", "Harehills Primary nursery"),
              ("Mohamed Warsame", "03/07/2024", "Male", "At home")],
    adults=[("Faduma Abdi", "Mother", "17/10/1994", "Home address"),
            ("Liban Warsame", "Mother's partner, father of Mohamed", "09/02/1990", "Home address")],
    reason=["First review of the child protection plans made at the ICPC on 10 September 2026 (category sexual abuse).",
            "Mr Warsame is a registered sex offender (convicted 2021 of sexual communication with a child) and remains subject to notification requirements until 2031. He returned to the family home in August without telling the social worker. The plan requires that he is never alone with the girls.",
            "Progress: Ms Abdi has completed the Circles of Support work and the girls have had direct work with the Barnardo's project. Mr Warsame has kept every appointment with his police offender manager, though there was one unannounced visit in November when he was found alone with Sagal for a short time."],
    police_section=["DC Ian Heseltine (MOSOVO, Leeds District) is a named member of the core group, has attended all four core groups and carries two actions on the plan (home visits with the social worker and monitoring of Mr Warsame's compliance with his notification requirements)."],
    tick_mode="glyph", tick=(False, True),
    tick_note="Admin note: the written report box was ticked by default on the template - please check with the chair.",
    other=[["Interpreter needed", "No"], ["Parents invited", "Yes - both"]],
    completed="09/12/2026",
    cover="Hi,\n\nPlease find attached the booking form for the first review conference for Hodan, Sagal and Mohamed - Thursday 7 January 2027 at 1.30pm on Teams.\n\nKind regards\nAmina\n\nAmina Yusuf | Social Worker | Child Protection Team (East) | Leeds City Council",
    from_=("Amina Yusuf", "amina.yusuf@leeds.gov.uk"),
    subject="RCPC - ABDI / WARSAME - 07.01.2027 - booking form",
    filename="RCPC booking ABDI WARSAME.odt",
    harm=["sexual"], criteria=["registered_sex_offender", "core_group_member", "prior_unit_involvement"], decision="attend",
    tags=["odt", "odt-glyph", "review", "core-group", "rso", "tickbox-conflict"],
    notes="review: police (MOSOVO DC) is a core group member with actions on the plan -> attend although 'written report sufficient' is ticked (tickbox_conflict)"),
dict(
    name="m-61-03-calderdale-icpc-odt-controls-neither-historic-pp",
    district="calderdale", kind="initial", pre_birth=False, date="2026-12-22", time="14:00", time_text="2.00 pm",
    received=T("2026-12-11T11:52:00"), sent=T("2026-12-11T11:40:05"),
    surname="FLANAGAN", venue="Northgate House, Halifax - Room 2 (hybrid, Teams for professionals)",
    ref_label="LCS number", ref="LCS1044873", chair="Yvette Marsden", sw="Ciaran Doyle", tm="Sophie Lumb",
    category="Neglect",
    children=[("Kayden Flanagan", "14/07/2013", "Male", "Park Lane Academy"),
              ("Skye Flanagan", "30/03/2017", "Female", "Warley Road Primary"),
              ("Rio Flanagan", "25/10/2021", "Male", "Not in a setting")],
    adults=[("Shannon Flanagan", "Mother", "02/12/1992", "Home address"),
            ("Dean Pickles", "Father of Skye and Rio", "19/06/1988", "Home address")],
    reason=["Ongoing neglect. The house was found by the health visitor on 20 November with no working heating, dog mess in the children's bedrooms and very little food. Rio has missed his 2-year check twice and his speech is delayed. Kayden has 61% attendance this term.",
            "The family are well known to services. In March 2019 Kayden and Skye were taken into police protection after being found in the house on their own overnight while both parents were in custody; they returned home under a written agreement and the case closed in 2020. Mr Pickles was arrested in 2019 for an assault on Kayden and the matter was NFA'd.",
            "Nothing has been reported to the police this time. The strategy discussion on 1/12/2026 (with police) agreed a single agency section 47 led by children's social care."],
    tick_mode="control", tick=(False, False),
    other=[["Interpreter needed", "No"], ["Any risks to staff", "Dog in the property"]],
    completed="10/12/2026",
    cover="Good morning\n\nPlease see attached booking form for the ICPC for the Flanagan children, Tuesday 22nd December 2026 at 2pm, Northgate House.\n\nMany thanks\n\nChild Protection Administration\nCalderdale Council",
    from_=("CP Admin Calderdale", "cp.admin@calderdale.gov.uk"),
    subject="ICPC 22/12/2026 - FLANAGAN - booking form",
    filename="Booking form - Flanagan.odt",
    harm=["neglect"], criteria=["prior_unit_involvement"], decision="attend",
    tags=["odt", "odt-form-control", "tick-neither", "historic-police-protection", "calderdale-prior-involvement"],
    notes="2019 police protection and arrest are historical (not police_protection / current_investigation) but show prior unit involvement -> Calderdale attend; both form-control boxes left unticked -> tickbox_ambiguous",
    flags=["tickbox_ambiguous"]),
dict(
    name="m-61-04-kirklees-prebirth-odt-glyph-schedule1-report",
    district="kirklees", kind="initial", pre_birth=True, date="2027-01-06", time="10:00", time_text="10am",
    received=T("2026-12-14T09:26:00"), sent=T("2026-12-14T09:18:44"),
    surname="HUSSAIN", venue="Civic Centre 1, Huddersfield - Meeting Room 6 / MS Teams",
    ref_label="Case number", ref="KC-2026-088213", chair="Josephine Addo", sw="Rukhsana Bi", tm="Adam Crowther",
    category="Physical abuse (likely)", kind_text="Pre-birth Initial Child Protection Conference",
    children=[("Unborn baby Hussain", "EDD 03/03/2027", "Not known", "-")],
    adults=[("Sana Hussain", "Mother", "27/08/2001", "Dewsbury"),
            ("Imran Akhtar", "Father of the unborn baby", "05/05/1985", "Dewsbury (same address)")],
    reason=["Ms Hussain is 28 weeks pregnant with her first child. Mr Akhtar has a 2011 conviction for cruelty to a child (his then stepson) and is still described in old records as a Schedule 1 offender. He is not a registered sex offender. The couple did not disclose this to the midwife; it came to light through the MASH checks in November.",
            "Mr Akhtar says he was a different person then and has completed work with probation. He has no other convictions. Ms Hussain has mild learning difficulties and relies heavily on him.",
            "The pre-birth assessment is not yet complete. The birth plan is still to be agreed; if the parents try to leave hospital with the baby before the plan is in place, the hospital social worker would contact the emergency duty team and police protection could be considered."],
    tick_mode="glyph", tick=(False, True),
    other=[["Interpreter needed", "Urdu for paternal grandmother if she attends"], ["Advocacy", "Referred to Kirklees advocacy service for mother"]],
    completed="11/12/2026",
    cover="Dear colleague\n\nPlease find attached the booking form for a pre-birth initial child protection conference (Unborn Hussain) on Wednesday 6th January 2027 at 10am.\n\nRegards\nRukhsana Bi\nSocial Worker - Dewsbury & Mirfield Locality Team\nKirklees Council",
    from_=("Rukhsana Bi", "rukhsana.bi@kirklees.gov.uk"),
    subject="Pre-birth ICPC - Unborn HUSSAIN - 06/01/2027",
    filename="PB ICPC booking form Unborn Hussain.odt",
    harm=["physical"], criteria=["prior_unit_involvement"], decision="report_only",
    tags=["odt", "odt-glyph", "pre-birth", "schedule-1-not-rso", "hypothetical-police-protection", "kirklees-wakefield-rules"],
    notes="Schedule 1 conviction (2011) is not RSO and is historical (prior_unit_involvement only, not in the Wakefield list used for Kirklees); police protection only hypothetical in the birth plan; written report ticked -> report_only"),
dict(
    name="m-61-05-bradford-rcpc-odt-controls-cce-tick-attend",
    district="bradford", kind="review", pre_birth=False, date="2027-01-14", time="09:30", time_text="09:30",
    received=T("2026-12-17T16:03:00"), sent=T("2026-12-17T15:58:19"),
    surname="OKONKWO", venue="Margaret McMillan Tower, Bradford - Conference Room 1 (hybrid)",
    ref_label="LCS ID", ref="BD7730915", chair="Harjit Sandhu", sw="Precious Mlambo", tm="Stephen Ackroyd",
    category="Emotional abuse",
    children=[("Chidera Okonkwo", "12/11/2010", "Male", "Bradford Academy"),
              ("Adaeze Okonkwo", "06/04/2014", "Female", "Bradford Academy")],
    adults=[("Ngozi Okonkwo", "Mother", "22/01/1984", "Home address"),
            ("Emeka Okonkwo", "Father", "15/09/1980", "Lives in Manchester, regular contact")],
    reason=["Second review. The plan (emotional abuse) was made because of the parents' highly conflicted separation and its impact on both children.",
            "Since the last review the main worry has shifted to Chidera, who has been going missing overnight and has been found twice in Huddersfield with older boys linked to a drug line. He was stopped by police on 2 December with cash and two phones. He has been referred through the NRM for criminal exploitation and the Bradford exploitation team are working with him. There is no indication of sexual exploitation and his CSE screening in November was low.",
            "Ms Okonkwo is cooperating and wants help to keep Chidera at home."],
    police_section=["Police are not part of the core group. The Missing From Home coordinator shares return interview information."],
    tick_mode="control", tick=(True, False),
    tick_note="The chair would like the police to consider attending because of the exploitation concerns.",
    other=[["Interpreter needed", "No"]],
    completed="17/12/2026",
    cover="Afternoon,\n\nAttached is the booking form for the review conference for Chidera and Adaeze Okonkwo on 14/01/2027 at 09:30.\n\nThanks\nPrecious\n\nPrecious Mlambo\nSocial Worker | Bradford Children and Families Trust\nBradford Council",
    from_=("Precious Mlambo", "precious.mlambo@bradford.gov.uk"),
    subject="Review Child Protection Conference - OKONKWO - 14/01/2027 09:30",
    filename="RCPC Booking Form OKONKWO.odt",
    harm=["emotional"], criteria=[], decision="discuss",
    tags=["odt", "odt-form-control", "review", "cce-not-cse", "tick-attend", "bradford-wakefield-rules"],
    notes="criminal exploitation / county lines is not CSE (CSE screening low); police not in core group; the tick asks for police at a review -> discuss (Bradford decided with Wakefield rules)"),
dict(
    name="m-61-06-leeds-transfer-odt-glyph-marac-bail",
    district="leeds", kind="transfer_in", pre_birth=False, date="2027-01-12", time="11:00", time_text="11.00am",
    received=T("2027-01-05T12:20:00"), sent=T("2027-01-05T12:11:37"),
    surname="DA SILVA", venue="Merrion House, Leeds - Room 5.02 / Teams",
    ref_label="Mosaic ID", ref="MOS330157", chair="Lindsey Ormerod", sw="Patrick Nwosu", tm="Victoria Haigh",
    category="Emotional abuse",
    children=[("Gabriel Da Silva", "17/01/2012", "Male", "Co-op Academy Leeds"),
              ("Beatriz Da Silva", "09/08/2016", "Female", "Shakespeare Primary"),
              ("Luana Da Silva", "28/02/2020", "Female", "Shakespeare Primary nursery"),
              ("Tiago Da Silva", "11/11/2023", "Male", "At home")],
    adults=[("Larissa Da Silva", "Mother", "04/04/1991", "Refuge address - not to be shared"),
            ("Rui Da Silva", "Father", "23/06/1987", "Preston")],
    kind_text="Transfer In Conference",
    reason=["The children were made subject to child protection plans (emotional abuse) by Lancashire County Council on 15 October 2026 because of serious domestic abuse by Mr Da Silva, including strangulation of Ms Da Silva in front of Gabriel. Ms Da Silva fled with the children to a Leeds refuge on 30 November.",
            "Mr Da Silva was charged with non-fatal strangulation and is on court bail with conditions not to contact Ms Da Silva or the children or to enter West Yorkshire. His trial is listed at Preston Crown Court in March.",
            "The case was heard at the Leeds MARAC on 17 December 2026 as a high-risk transfer. An IDVA is allocated and the Leeds DV co-ordinator is in weekly contact with mother. Police have placed a marker on the refuge address."],
    tick_mode="glyph", tick=(True, False),
    other=[["Interpreter needed", "Portuguese for mother (preferred)"], ["Address to be withheld", "YES - refuge"]],
    completed="05/01/2027",
    cover="Hello\n\nPlease find the transfer in booking form for the Da Silva children attached. The conference is Tuesday 12th January at 11am. Please note the mother's address is confidential.\n\nThanks, Patrick\n\nPatrick Nwosu\nSocial Worker, Leeds Children and Families",
    from_=("Patrick Nwosu", "patrick.nwosu@leeds.gov.uk.cjsm.net"),
    subject="[SECURE] Transfer In CPC - DA SILVA - 12.01.27",
    filename="TI booking form - Da Silva.odt", cjsm=True,
    harm=["emotional"], criteria=["domestic_abuse_current_involvement"], decision="attend",
    tags=["odt", "odt-glyph", "transfer-in", "cjsm", "marac", "court-bail", "four-children"],
    notes="serious DA with current MARAC, IDVA and DV co-ordinator involvement and bail conditions -> Leeds item 5; the charge is for strangling the mother, not abuse of the children, so not current_investigation"),
dict(
    name="m-61-07-wakefield-icpc-odt-glyph-neglect-ppo-nominal",
    district="wakefield", kind="initial", pre_birth=False, date="2027-01-29", time="10:00", time_text="10:00am",
    received=T("2027-01-20T15:48:00"), sent=T("2027-01-20T15:40:02"),
    surname="BALOGUN", venue="Castleford Civic Centre - Room 4",
    ref_label="CareDirector ID", ref="CD488390", chair="Shabana Rafiq", sw="Joanne Illingworth", tm="Oluwaseun Adebayo",
    category="Neglect",
    children=[("Temiloluwa Balogun", "29/06/2019", "Female", "Airedale Infant School"),
              ("Ayomide Balogun", "13/02/2022", "Male", "Little Acorns Nursery")],
    adults=[("Funmilayo Balogun", "Mother", "10/10/1995", "Home address"),
            ("Jordan Kershaw", "Mother's partner (not the children's father)", "01/05/1994", "Stays most nights")],
    reason=["Neglect of the children's basic care and supervision. Ayomide was found at 7am on 6 January wandering on Smawthorne Lane in a nappy and t-shirt; a neighbour called the police. Officers returned him home and found his mother asleep and the flat cold and dirty.",
            "Police carried out a welfare visit and made a referral to the front door. They have advised that the criminal threshold for child neglect is not met and there is no police investigation. Mr Kershaw is a PPO nominal managed by the Wakefield IOM team for acquisitive crime; there are no offences against children or domestic incidents on record.",
            "Mum is engaging with the family support worker and the children are well attached to her."],
    tick_mode="glyph", tick=(False, True),
    other=[["Interpreter needed", "No"]],
    completed="20/01/2027",
    cover="Dear CPPU\n\nPlease find attached booking form for ICPC - Balogun children - Friday 29 January 2027 10am at Castleford Civic Centre.\n\nThank you\n\nJoanne Illingworth\nSocial Worker - Five Towns Locality\nWakefield Council",
    from_=("Joanne Illingworth", "joanne.illingworth@wakefield.gov.uk"),
    subject="ICPC 29/01/2027 BALOGUN",
    filename="Balogun ICPC booking form.odt",
    harm=["neglect"], criteria=[], decision="report_only",
    tags=["odt", "odt-glyph", "ppo-offender-not-protection", "neglect-category-not-wilful", "welfare-visit-not-investigation", "tick-report"],
    notes="PPO nominal = prolific offender, not police protection; officers returning a child home is not s46; police say no neglect investigation; written report ticked -> report_only"),
]


def main():
    for c in CASES:
        doc = build(c)
        data = doc.to_bytes(created=c["sent"].strftime("%Y-%m-%dT%H:%M:%S"))
        body = multipart("mixed", [text_part(c["cover"]),
                                   attachment(data, "application", "vnd.oasis.opendocument.text", c["filename"])],
                         c["name"])
        eml = assemble(c["district"], c["received"], c["sent"], c["from_"][0], c["from_"][1], c["subject"], body,
                       c["name"], cjsm=c.get("cjsm", False),
                       from_domain=c["from_"][1].split("@")[1])
        texts = [c["subject"], c["cover"], c["filename"]] + doc.texts
        kids = [{"name": ch[0], "date_of_birth": (None if ch[1].startswith("EDD") else
                 dt.datetime.strptime(ch[1], "%d/%m/%Y").date().isoformat())} for ch in c["children"]]
        adults = [a[0] for a in c["adults"]]
        label = dict(district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"], time=c["time"],
                     police_attendance_requested=(None if c["tick"][0] == c["tick"][1] else c["tick"][0]),
                     harm_categories=c["harm"], children=kids, adults=adults, criteria=c["criteria"],
                     decision=c["decision"], source_texts=texts, tags=c["tags"] + ["district-" + c["district"]],
                     notes=c["notes"], _received=c["received"], _flags=c.get("flags", []),
                     _both_marked=c["tick"] == (True, True))
        write_case(c["name"], eml, label)
        print("wrote", c["name"])


if __name__ == "__main__":
    main()
