"""Layout 26: Word booking form built as ONE big table (gridSpan + vMerge merges, nested tables in
cells) with check boxes as Wingdings symbol characters (w:sym F0FE ticked / F0A8 empty)."""
import datetime as dt
import io

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from lib import POLICE_TO_BY_DISTRICT, build_email, kid, label, london, write_case

D = dt.date


def sym(par, checked):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    f = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        f.set(qn(a), "Wingdings")
    rpr.append(f)
    r.append(rpr)
    s = OxmlElement("w:sym")
    s.set(qn("w:font"), "Wingdings")
    s.set(qn("w:char"), "F0FE" if checked else "F0A8")
    r.append(s)
    par._p.append(r)


def boxes(cell, items, texts, first=True):
    """items: list of (label, checked). One paragraph per item, box then label."""
    for i, (lab, on) in enumerate(items):
        p = cell.paragraphs[0] if (first and i == 0) else cell.add_paragraph()
        sym(p, on)
        p.add_run(" " + lab)
        texts.append(lab)


def settext(cell, text, texts, bold=False):
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if ln.strip():
            texts.append(ln)


def build_form(s, texts):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    d.add_paragraph(s["marking"]).runs[0].bold = True
    texts.append(s["marking"])
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def row():
        return t.add_row().cells

    def span(text, bold=True):
        c = row()
        m = c[0].merge(c[3])
        settext(m, text, texts, bold)
        return m

    span(s["council"] + "\n" + s["title"])
    span("Section 1 - Conference details")
    kv = s["conf"]
    for i in range(0, len(kv), 2):
        c = row()
        for j, (k, v) in enumerate(kv[i:i + 2]):
            settext(c[2 * j], k, texts, True)
            settext(c[2 * j + 1], v, texts)
            texts.append(f"{k} {v}")
    span("Section 2 - Child(ren) subject of the conference")
    # children: left column vMerged over all child rows
    first = None
    for i, (name, dob, sex, school) in enumerate(s["children"]):
        c = row()
        if i == 0:
            first = c[0]
            settext(c[0], "Child", texts, True)
        else:
            first = first.merge(c[0])
        settext(c[1], name, texts)
        settext(c[2], "DOB " + dob if not dob.startswith("EDD") else dob, texts)
        settext(c[3], f"{sex} - {school}" if school else sex, texts)
        texts.append(" ".join([name, ("DOB " + dob if not dob.startswith("EDD") else dob),
                               f"{sex} - {school}" if school else sex]))
    span("Section 3 - Parents, carers and significant adults")
    c = row()
    m = c[0].merge(c[3])
    nt = m.add_table(rows=1, cols=4)
    nt.style = "Table Grid"
    for j, h in enumerate(["Name", "Relationship to child(ren)", "DOB", "Address / household"]):
        settext(nt.rows[0].cells[j], h, texts, True)
    for a in s["adults"]:
        rc = nt.add_row().cells
        for j, v in enumerate(a):
            settext(rc[j], v, texts)
        texts.append(" ".join(a))
    span("Section 4 - Category and concerns")
    c = row()
    settext(c[0], "Category requested", texts, True)
    m = c[1].merge(c[3])
    boxes(m, [(k, k in s["cats"]) for k in ["Physical", "Emotional", "Sexual", "Neglect"]], texts)
    c = row()
    settext(c[0], "Factors present (tick all that apply)", texts, True)
    m = c[1].merge(c[3])
    boxes(m, s["factors"], texts)
    c = row()
    settext(c[0], "Reason for conference", texts, True)
    m = c[1].merge(c[3])
    settext(m, s["reason"], texts)
    c = row()
    settext(c[0], "Summary of concerns", texts, True)
    m = c[1].merge(c[3])
    settext(m, s["summary"], texts)
    span("Section 5 - West Yorkshire Police")
    c = row()
    settext(c[0], s.get("police_q", "Police (tick one)"), texts, True)
    m = c[1].merge(c[3])
    boxes(m, [("Attendance required", s["tick"] in ("required", "both")),
              ("Written report sufficient", s["tick"] in ("report", "both"))], texts)
    span("Section 6 - Completed by")
    c = row()
    for j, (k, v) in enumerate(s["completed"]):
        settext(c[2 * j], k, texts, True)
        settext(c[2 * j + 1], v, texts)
        texts.append(f"{k} {v}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FACT = ["Current police investigation", "Child in police protection", "Child sexual exploitation",
        "Criminal exploitation", "Domestic abuse", "Registered sex offender in household or associated"]


def factors(on):
    return [(f, f in on) for f in FACT]


CASES = []

# ---------------------------------------------------------------- 26-01 Wakefield ICPC, current investigation
CASES.append(dict(
    name="f-26-01-wakefield-icpc-docx-wingdings-current-investigation",
    district="wakefield", kind="initial", pre_birth=False, date="2027-01-04", time="10:00",
    received=london(D(2026, 12, 21), 11, 52), sent=london(D(2026, 12, 21), 11, 49),
    sender=("Safeguarding and Review Unit", "sru.bookings@wakefield.gov.uk"),
    subject="OFFICIAL-SENSITIVE - ICPC booking form - NOWAK - 04.01.27",
    cover=("Good morning,\n\nPlease find attached the booking form for an Initial Child Protection Conference "
           "for Zofia and Szymon Nowak on Monday 4th January 2027 at 10am, Room 2, Wakefield One. Please note "
           "the early January date: reports to the Chair three working days before the conference as usual.\n\n"
           "Kind regards\n\nJoanna Pickersgill\nBusiness Support Officer | Safeguarding and Review Unit | "
           "Wakefield Council\nWakefield One, Burton Street, Wakefield WF1 2EB\nTel 01924 305512"),
    form=dict(
        marking="OFFICIAL-SENSITIVE",
        council="Wakefield Council - Children and Young People's Service",
        title="CHILD PROTECTION CONFERENCE BOOKING FORM",
        conf=[("Type of conference", "Initial Child Protection Conference"), ("Date", "04/01/2027"),
              ("Time", "10:00"), ("Venue", "Room 2, Wakefield One"),
              ("Chair", "Beverley Marsden"), ("CareDirector ID", "CD604417"),
              ("Social worker", "Tomasz Kowal"), ("Team manager", "Lindsey Hirst"),
              ("Date of strategy discussion", "15/12/2026"), ("Interpreter", "Polish - mother")],
        children=[("Zofia Nowak", "11/06/2017", "Female", "Outwood Primary"),
                  ("Szymon Nowak", "30/09/2021", "Male", "Little Acorns Nursery")],
        adults=[("Katarzyna Wiśniewska", "Mother", "02/03/1990", "Same address as children"),
                ("Dariusz Nowak", "Father", "19/08/1986", "Not at home - bail address in Castleford"),
                ("Grażyna Wiśniewska", "Maternal grandmother", "07/05/1961", "Staying at the family home")],
        cats=["Sexual"],
        factors=factors({"Current police investigation"}),
        reason=("Sexual abuse. On 14/12/2026 Zofia told her class teacher that her father had touched her "
                "private parts when he put her to bed. A joint section 47 enquiry is being carried out with "
                "West Yorkshire Police. Mr Nowak was arrested on 15/12/2026, interviewed and released on police "
                "bail with a condition not to have contact with the children. Zofia's ABE interview took place "
                "on 16/12/2026 and the police investigation is ongoing."),
        summary=("Ms Wiśniewska believes Zofia and has agreed a safety plan; the maternal grandmother has moved in "
                 "to support her. Mr Nowak denies the allegation. His bail return date is 05/01/2027.\n"
                 "Szymon is too young to give an account; he is included because he lives in the household."),
        tick="required",
        completed=[("Completed by", "Tomasz Kowal"), ("Date", "18/12/2026")],
    ),
    criteria=["current_investigation"], decision="attend", harm=["sexual"],
    children=[kid("Zofia Nowak", "2017-06-11"), kid("Szymon Nowak", "2021-09-30")],
    adults=["Katarzyna Wiśniewska", "Dariusz Nowak", "Grażyna Wiśniewska"],
    tags=["docx-wingdings", "merged-cells", "nested-table", "tick-attend", "bank-holidays", "polish-names",
          "bail-date-next-day"],
    notes="Wakefield §4.5 item 1: joint s47, arrest, bail and ABE = current police investigation of sexual abuse "
          "in the family -> attend. Report due counts back over 28 Dec/1 Jan bank holidays (29/12).",
))

# ---------------------------------------------------------------- 26-02 Leeds ICPC, DA current, tick says report
CASES.append(dict(
    name="f-26-02-leeds-icpc-docx-wingdings-da-marac-tick-report",
    district="leeds", kind="initial", pre_birth=False, date="2026-12-09", time="13:30",
    received=london(D(2026, 12, 1), 9, 17), sent=london(D(2026, 12, 1), 9, 12),
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="[SECURE] ICPC request - HUSSAIN / RAFIQ - 09/12/2026",
    cover=("Hi,\n\nRequest for an ICPC attached for Zain and Maryam. Conference Wednesday 9th December, 1.30pm, "
           "Microsoft Teams (link to follow).\nReports to the ISU 24 hours before please.\n\nThanks\nNaveed Akram\n"
           "Conference Administrator | Integrated Safeguarding Unit | Leeds City Council\n0113 378 4410"),
    form=dict(
        marking="OFFICIAL-SENSITIVE",
        council="Leeds City Council - Children and Families",
        title="REQUEST FOR CHILD PROTECTION CONFERENCE",
        conf=[("Conference type", "ICPC"), ("Date", "09.12.2026"), ("Time", "1.30pm"),
              ("Venue", "Microsoft Teams"), ("Chair", "Helen Greenwood"), ("Mosaic ID", "MOS331902"),
              ("Social worker", "Rebecca Thistlethwaite"), ("Practice supervisor", "Asif Mahmood")],
        children=[("Zain Hussain", "19/03/2016", "Male", "Harehills Primary"),
                  ("Maryam Hussain", "01/12/2019", "Female", "Harehills Primary")],
        adults=[("Ayesha Rafiq", "Mother", "14/09/1991", "Lives with the children"),
                ("Imran Hussain", "Father", "28/02/1988", "Staying with his brother in Bradford")],
        cats=["Emotional"],
        factors=factors({"Domestic abuse"}),
        reason=("Emotional harm through domestic abuse. On 22/11/2026 Mr Hussain strangled Ms Rafiq in the kitchen "
                "while both children were present. He was charged the next day and is on court bail with "
                "conditions not to contact Ms Rafiq or attend the address. The DASH was assessed as high risk and "
                "the case will be heard at MARAC on 10/12/2026. A Leeds Domestic Violence Co-ordinator (IDVA) is "
                "currently working with Ms Rafiq."),
        summary=("Ms Rafiq has disclosed coercive and controlling behaviour over several years. Zain has told "
                 "school he is frightened his dad will come back. Maternal aunt is supportive."),
        tick="report",
        completed=[("Completed by", "Rebecca Thistlethwaite"), ("Date", "30/11/2026")],
    ),
    criteria=["domestic_abuse_current_involvement"], decision="attend", harm=["emotional"],
    children=[kid("Zain Hussain", "2016-03-19"), kid("Maryam Hussain", "2019-12-01")],
    adults=["Ayesha Rafiq", "Imran Hussain"],
    tags=["docx-wingdings", "tick-report", "tickbox-conflict", "pakistani-names", "marac-day-after"],
    notes="Leeds §4.6 item 5: serious DA with court bail, DASH high, MARAC and a DV co-ordinator currently involved "
          "-> attend although 'written report sufficient' is ticked (tickbox_conflict). The charge concerns the "
          "assault on the mother, so current_investigation (abuse of the child) is not labelled.",
))

# ---------------------------------------------------------------- 26-03 Calderdale ICPC, neglect, negations
CASES.append(dict(
    name="f-26-03-calderdale-icpc-docx-wingdings-neglect-negated",
    district="calderdale", kind="initial", pre_birth=False, date="2026-12-17", time="10:30",
    received=london(D(2026, 12, 3), 15, 40), sent=london(D(2026, 12, 3), 15, 31),
    sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
    subject="Initial Child Protection Conference - O'DRISCOLL - 17/12/2026 10.30",
    cover=("Dear colleague\n\nPlease see the attached booking form. The Initial Child Protection Conference "
           "will be held on Thursday 17 December 2026 at 10.30am at Northgate House, Halifax.\n\n"
           "Reports to Child Protection Administration by secure email please.\n\nRegards\n\nDenise Sutcliffe\n"
           "Child Protection Administration | Calderdale Council | Northgate House, Halifax HX1 1UN"),
    form=dict(
        marking="OFFICIAL",
        council="Calderdale Council - Children and Young People's Services",
        title="Child Protection Conference - Booking Request",
        conf=[("Conference", "Initial"), ("Date", "Thursday 17 December 2026"), ("Time", "10.30am"),
              ("Venue", "Northgate House, Halifax"), ("Chair", "Graham Ackroyd"), ("Ref", "LCS-778120"),
              ("Social worker", "Priya Lal"), ("Manager", "Sean Gallagher")],
        children=[("Aoife O'Driscoll", "03/05/2022", "Female", "Not in a setting"),
                  ("Cian O'Driscoll-Brennan", "21/08/2024", "Male", "")],
        adults=[("Siobhán O'Driscoll", "Mother", "12/12/1996", "Lives with the children"),
                ("Ciarán Brennan", "Cian's father, mother's partner", "04/04/1993", "Lives with the children")],
        cats=["Neglect"],
        factors=factors(set()),
        reason=("Neglect - very poor home conditions, Aoife's weight has dropped below the 2nd centile and she was "
                "not brought to six health appointments since June. There is no police involvement with this "
                "family. Police checks returned no trace for either adult and Mr Brennan is not a registered sex "
                "offender."),
        summary=("Health visitor has raised concerns since the spring. The parents engage when visits are announced "
                 "but the home is cold and there is little food. No concerns of domestic abuse have been raised."),
        tick="report",
        completed=[("Completed by", "Priya Lal"), ("Date", "02/12/2026")],
    ),
    criteria=[], decision="report_only", harm=["neglect"],
    children=[kid("Aoife O'Driscoll", "2022-05-03"), kid("Cian O'Driscoll-Brennan", "2024-08-21")],
    adults=["Siobhán O'Driscoll", "Ciarán Brennan"],
    tags=["docx-wingdings", "tick-report", "negated-police", "negated-rso", "irish-names", "apostrophes",
          "factor-list-unticked"],
    notes="Calderdale: no criterion - police involvement, RSO and DA all negated; the factor list is unticked "
          "(labels only) -> report_only (POLICY rule 2, otherwise).",
))

# ---------------------------------------------------------------- 26-04 Kirklees RCPC core group
CASES.append(dict(
    name="f-26-04-kirklees-rcpc-docx-wingdings-core-group",
    district="kirklees", kind="review", pre_birth=False, date="2026-12-10", time="14:00",
    received=london(D(2026, 11, 30), 8, 58), sent=london(D(2026, 11, 30), 8, 55),
    sender=("Safeguarding Conference Team", "conference.team@kirklees.gov.uk"),
    subject="Review Child Protection Conference - FARAH - 10/12/2026",
    cover=("Good morning,\n\nPlease find attached the booking form for the first Review Child Protection "
           "Conference for Abdirahman and Ifrah. Thursday 10/12/2026 at 2pm, Civic Centre 1, Huddersfield.\n\n"
           "Many thanks\nKaren Haigh\nConference Co-ordinator | Safeguarding and Quality Assurance | "
           "Kirklees Council"),
    form=dict(
        marking="OFFICIAL-SENSITIVE",
        council="Kirklees Council - Children's Services",
        title="CHILD PROTECTION CONFERENCE BOOKING FORM (REVIEW)",
        conf=[("Type of conference", "Review CPC (first review)"), ("Date", "10/12/2026"), ("Time", "2.00pm"),
              ("Venue", "Civic Centre 1, Huddersfield"), ("Chair", "Sadia Begum"), ("Ref", "KC-509318"),
              ("Social worker", "Liam Dyson"), ("Previous conference", "10/09/2026")],
        children=[("Abdirahman Farah", "07/07/2015", "Male", "Birkby Junior School"),
                  ("Ifrah Farah", "23/10/2018", "Female", "Birkby Infant School")],
        adults=[("Hodan Warsame", "Mother", "01/01/1989", "Lives with the children"),
                ("Mohamed Abdi Farah", "Father", "15/06/1984", "Living at a separate address in Dewsbury")],
        cats=["Physical"],
        factors=factors({"Current police investigation"}),
        reason=("Review of the child protection plan (physical abuse). Mr Farah remains on police bail awaiting a "
                "CPS charging decision about the injuries to Abdirahman in August."),
        summary=("PC Joanne Whitworth of the Kirklees Safeguarding Unit is a member of the core group and has "
                 "attended every core group meeting. Police actions in the child protection plan: monitor Mr "
                 "Farah's bail conditions and complete fortnightly joint visits with the social worker. Ms Warsame "
                 "has engaged well; the children say they feel safe."),
        tick="required",
        completed=[("Completed by", "Liam Dyson"), ("Date", "27/11/2026")],
    ),
    criteria=["core_group_member", "current_investigation"], decision="attend", harm=["physical"],
    children=[kid("Abdirahman Farah", "2015-07-07"), kid("Ifrah Farah", "2018-10-23")],
    adults=["Hodan Warsame", "Mohamed Abdi Farah"],
    tags=["docx-wingdings", "review", "core-group", "tick-attend", "somali-names", "kirklees-wakefield-rules"],
    notes="Kirklees uses the Wakefield rules (POLICY rule 4); review with police in the core group and CP plan "
          "actions -> attend (rule 3). Open bail/CPS decision is also a current investigation.",
))

# ---------------------------------------------------------------- 26-05 Bradford ICPC both ticked, CCE
CASES.append(dict(
    name="f-26-05-bradford-icpc-docx-wingdings-both-ticked-cce",
    district="bradford", kind="initial", pre_birth=False, date="2026-12-16", time="09:30",
    received=london(D(2026, 12, 2), 14, 22), sent=london(D(2026, 12, 2), 14, 20),
    sender=("Conference Booking - Bradford", "cp.conferencebooking@bradford.gov.uk"),
    subject="ICPC - POPESCU - Wednesday 16 December 2026 9.30am",
    cover=("Hello\n\nAn Initial Child Protection Conference has been arranged for Ionuț and Ana-Maria Popescu. "
           "Booking form attached. Wednesday 16 December 2026, 9.30am, Britannia House, Bradford.\n\n"
           "Thanks\nShabana Iqbal\nChild Protection Business Support | Bradford Children and Families Trust | "
           "City of Bradford Metropolitan District Council"),
    form=dict(
        marking="OFFICIAL-SENSITIVE",
        council="Bradford Children and Families Trust",
        title="Booking Form - Child Protection Conference",
        conf=[("Type", "Initial CPC"), ("Date", "16/12/2026"), ("Time", "09:30"),
              ("Venue", "Britannia House, Bradford"), ("Chair", "Julie Feather"), ("Ref", "BR-220784"),
              ("Social worker", "Adeel Chaudhry"), ("Team manager", "Claire Wood")],
        children=[("Ionuț Popescu", "28/04/2011", "Male", "Beckfoot Upper Heaton"),
                  ("Ana-Maria Popescu", "09/12/2014", "Female", "Green Lane Primary")],
        adults=[("Mihaela Popescu", "Mother", "17/02/1987", "Lives with the children"),
                ("Florin Dumitru", "Mother's partner", "30/10/1982", "Lives with the children")],
        cats=["Neglect"],
        factors=factors({"Criminal exploitation"}),
        reason=("Ionuț is at risk of criminal exploitation. He has been found in Keighley and Leeds with large "
                "amounts of cash and two phones and there are concerns about county lines involvement. An NRM "
                "referral was made on 20/11/2026. No CSE concerns have been identified."),
        summary=("Mother struggles to set boundaries and Ionuț is often missing overnight. Mr Dumitru is a PPO "
                 "nominal managed under IOM for acquisitive crime; there is no suggestion he has harmed the "
                 "children. Ana-Maria is doing well at school."),
        tick="both",
        completed=[("Completed by", "Adeel Chaudhry"), ("Date", "01/12/2026")],
    ),
    criteria=[], decision="discuss", harm=["neglect"],
    children=[kid("Ionuț Popescu", "2011-04-28"), kid("Ana-Maria Popescu", "2014-12-09")],
    adults=["Mihaela Popescu", "Florin Dumitru"],
    tags=["docx-wingdings", "tick-both", "cce-not-cse", "ppo-offender", "romanian-names", "hyphen"],
    notes="Bradford -> Wakefield rules. CCE/county lines is not CSE, 'PPO nominal' is a prolific offender, "
          "CSE negated; no criterion. Both boxes ticked -> discuss + tickbox_ambiguous (rule 2).",
))

# ---------------------------------------------------------------- 26-06 Wakefield RCPC neither ticked, historic PP
CASES.append(dict(
    name="f-26-06-wakefield-rcpc-docx-wingdings-neither-ticked-historic-pp",
    district="wakefield", kind="review", pre_birth=False, date="2026-12-15", time="13:00",
    received=london(D(2026, 12, 8), 10, 3), sent=london(D(2026, 12, 8), 9, 59),
    sender=("Safeguarding and Review Unit", "sru.bookings@wakefield.gov.uk"),
    subject="RCPC booking - OKONKWO - 15/12/2026 1pm",
    cover=("Morning,\n\nBooking form attached for the Review Child Protection Conference, Tuesday 15/12/2026 at "
           "1pm, Castleford Civic Centre.\n\nThanks\nJoanna Pickersgill\nBusiness Support Officer | Safeguarding "
           "and Review Unit | Wakefield Council"),
    form=dict(
        marking="OFFICIAL-SENSITIVE",
        council="Wakefield Council - Children and Young People's Service",
        title="CHILD PROTECTION CONFERENCE BOOKING FORM",
        conf=[("Type of conference", "Review Child Protection Conference"), ("Date", "15/12/2026"),
              ("Time", "13:00"), ("Venue", "Castleford Civic Centre"), ("Chair", "Beverley Marsden"),
              ("CareDirector ID", "CD588210"), ("Social worker", "Gemma Royston"),
              ("Previous conference", "16/06/2026")],
        children=[("Tobenna Okonkwo", "14/01/2016", "Male", "Airedale Junior School"),
                  ("Adaeze Okonkwo", "30/06/2020", "Female", "Airedale Infant School")],
        adults=[("Chiamaka Okonkwo", "Mother", "22/11/1985", "Lives with the children"),
                ("Emeka Okonkwo", "Father", "09/03/1981", "Lives with the children")],
        cats=["Neglect", "Emotional"],
        factors=factors(set()),
        reason=("Review of the child protection plan - neglect and emotional harm. Home conditions have improved "
                "and school attendance is now 94%."),
        summary=("Background: in March 2022 Tobenna was placed in police protection after he was found wandering "
                 "alone at night; he went home the following day. There has been no police involvement since then "
                 "and police are not members of the core group. The core group is social worker, school, school "
                 "nurse and parents."),
        tick="neither",
        completed=[("Completed by", "Gemma Royston"), ("Date", "07/12/2026")],
    ),
    criteria=["prior_unit_involvement"], decision="report_only", harm=["emotional", "neglect"],
    children=[kid("Tobenna Okonkwo", "2016-01-14"), kid("Adaeze Okonkwo", "2020-06-30")],
    adults=["Chiamaka Okonkwo", "Emeka Okonkwo"],
    tags=["docx-wingdings", "review", "tick-neither", "historic-police-protection", "nigerian-names"],
    notes="Wakefield review: police not in the core group, 2022 police protection is historical (prior involvement "
          "only, not police_protection); neither box ticked -> tickbox_ambiguous, no request -> report_only "
          "(rule 3).",
))

# ---------------------------------------------------------------- 26-07 Leeds pre-birth ICPC, RSO partner
CASES.append(dict(
    name="f-26-07-leeds-prebirth-icpc-docx-wingdings-rso-partner",
    district="leeds", kind="initial", pre_birth=True, date="2026-12-11", time="10:00",
    received=london(D(2026, 12, 4), 10, 5), sent=london(D(2026, 12, 4), 10, 1),
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="[SECURE] Pre-birth ICPC - Unborn McALLISTER - 11/12/2026",
    cover=("Hi all\n\nPlease find the request for a pre-birth Initial Child Protection Conference for "
           "Ms McAllister's unborn baby (EDD 08/02/2027). Friday 11th December at 10am, Merrion House, Leeds.\n\n"
           "Reports to the ISU no later than 24 hours before.\n\nKind regards\nNaveed Akram\nConference "
           "Administrator | Integrated Safeguarding Unit | Leeds City Council"),
    form=dict(
        marking="OFFICIAL-SENSITIVE",
        council="Leeds City Council - Children and Families",
        title="REQUEST FOR CHILD PROTECTION CONFERENCE",
        conf=[("Conference type", "Pre-birth ICPC"), ("Date", "11/12/2026"), ("Time", "10am"),
              ("Venue", "Merrion House, Leeds"), ("Chair", "Martin Oxley"), ("Mosaic ID", "MOS340017"),
              ("Social worker", "Chloe Ingham"), ("Practice supervisor", "Dawn Fairburn")],
        children=[("Unborn baby McAllister", "EDD 08/02/2027", "Unknown", "")],
        adults=[("Róisín McAllister", "Mother (expectant)", "05/07/2001", "Flat in Armley"),
                ("Lee Morley", "Mother's partner, father of the baby", "21/01/1979", "Own address in Morley")],
        cats=["Sexual"],
        factors=factors({"Registered sex offender in household or associated"}),
        reason=("Risk of sexual harm. Ms McAllister's partner Lee Morley is a registered sex offender, subject to "
                "notification requirements until 2033 following convictions for offences against a child, and he "
                "stays at her flat most weekends."),
        summary=("Ms McAllister does not accept that Mr Morley poses a risk. Birth plan to be agreed; if the parents "
                 "attempt to leave hospital with the baby against the plan, police protection may be used."),
        tick="required",
        completed=[("Completed by", "Chloe Ingham"), ("Date", "03/12/2026")],
    ),
    criteria=["registered_sex_offender"], decision="attend", harm=["sexual"],
    children=None, adults=["Róisín McAllister", "Lee Morley"],
    tags=["docx-wingdings", "pre-birth", "rso", "hypothetical-police-protection", "place-name-surname",
          "tick-attend"],
    notes="Leeds §4.6 item 6: RSO partner associated with the household -> attend. 'police protection may be used' "
          "is a hypothetical birth plan, not police_protection. children null (unborn, EDD only).",
))


def main():
    for c in CASES:
        texts = [c["subject"], c["cover"]]
        form = build_form(c["form"], texts)
        surname = c["subject"].split(" - ")[-2] if " - " in c["subject"] else "form"
        fname = f"CP Booking Form {c['children'][0]['name'].split()[-1] if c['children'] else 'McAllister'}.docx"
        texts.append(fname)
        eml = build_email(case=c["name"], from_name=c["sender"][0], from_addr=c["sender"][1],
                          to=POLICE_TO_BY_DISTRICT[c["district"]], subject=c["subject"], sent=c["sent"],
                          received=c["received"], text=c["cover"], attachments=[(fname, DOCX, form)])
        tick = c["form"]["tick"]
        lab = label(district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"],
                    time=c["time"], tick=tick, harm=c["harm"], children=c["children"], adults=c["adults"],
                    criteria=c["criteria"], decision=c["decision"], received=c["received"].date(), texts=texts,
                    tags=c["tags"], notes=c["notes"])
        write_case(c["name"], eml, lab)
        del surname
    print("wrote", len(CASES))


if __name__ == "__main__":
    main()
