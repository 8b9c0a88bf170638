"""Layout 37: Word booking forms built with legacy form fields (FORMCHECKBOX / FORMTEXT; the
checked state lives in w:ffData, there is no glyph), several pages, with a landscape
'family composition' grid (name, relationship, DOB, address, ethnicity, language)."""
import datetime as dt
from lib import *

UNIT = {"wakefield": ("Wakefield Council", "Safeguarding and Review Unit", "CareDirector ID"),
        "leeds": ("Leeds City Council", "Integrated Safeguarding Unit", "Mosaic ID"),
        "calderdale": ("Calderdale Council", "Child Protection Administration", "LCS number"),
        "kirklees": ("Kirklees Council", "Safeguarding and Quality Assurance Unit", "LCS number"),
        "bradford": ("City of Bradford MDC", "Child Protection Conference Team", "LL number")}


def form(c, district, *, kind, conf, time, venue, ref, chair, sw, tm, cats, family, reason, worried, working,
         risks, police, completed, store_default=False, extra_section=None):
    council, unit, refname = UNIT[district]
    d = docx_new()
    header_footer(c, d, f"{council} - {unit} - OFFICIAL-SENSITIVE when complete",
                  "Booking form v4.2 (legacy form) - please complete all shaded fields and return to the unit")
    dpara(c, d, "CHILD PROTECTION CONFERENCE BOOKING FORM", bold=True, size=14)
    dpara(c, d, f"To be completed by the allocated social worker and returned to the {unit} within 24 hours of the decision to convene a conference.")
    dpara(c, d, "Section 1 - Conference", bold=True, size=11)
    p = d.add_paragraph(); p.add_run("Type of conference: ").bold = True; c.t("Type of conference")
    for lab, key in [("Initial", "initial"), ("Review", "review"), ("Pre-birth", "pre_birth"), ("Transfer-in", "transfer_in")]:
        ff_check(c, p, lab, key in kind, name=f"Type{lab.replace('-', '')}")
    ff_label_value(c, d, "Date of conference", conf, "ConfDate")
    ff_label_value(c, d, "Time", time, "ConfTime")
    ff_label_value(c, d, "Venue", venue, "Venue")
    ff_label_value(c, d, refname, ref, "RefNo")
    ff_label_value(c, d, "Conference chair", chair, "Chair")
    ff_label_value(c, d, "Allocated social worker", sw, "SW")
    ff_label_value(c, d, "Team manager", tm, "TM")
    p = d.add_paragraph(); p.add_run("Category requested: ").bold = True; c.t("Category requested")
    for lab in ["Neglect", "Physical abuse", "Emotional abuse", "Sexual abuse"]:
        ff_check(c, p, lab, lab in cats, name="Cat" + lab.split()[0])
    # --- landscape family composition grid
    landscape_section(d)
    dpara(c, d, "Section 2 - Family composition (all members of the household and significant others)", bold=True, size=11)
    cols = ["Name", "Relationship to child(ren)", "Date of birth", "Address", "Ethnicity", "First language", "Interpreter"]
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for j, h in enumerate(cols):
        t.cell(0, j).text = h; c.t(h)
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    for row in family:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            ff_text(c, cells[j].paragraphs[0], v, name=None)
        c.t(" ".join(v for v in row if v))
    dpara(c, d, "Please list unborn children as 'Unborn' with the expected date of delivery (EDD) in the date of birth column.")
    # --- back to portrait
    portrait_section(d)
    dpara(c, d, "Section 3 - Reason for conference", bold=True, size=11)
    p = d.add_paragraph(); ff_text(c, p, reason, "Reason")
    dpara(c, d, "What are we worried about?", bold=True)
    for w in worried:
        p = d.add_paragraph(); ff_text(c, p, w)
    dpara(c, d, "What is working well?", bold=True)
    p = d.add_paragraph(); ff_text(c, p, working)
    if extra_section:
        dpara(c, d, extra_section[0], bold=True)
        for w in extra_section[1]:
            p = d.add_paragraph(); ff_text(c, p, w)
    dpara(c, d, "Section 4 - Known risk factors (tick all that apply)", bold=True, size=11)
    labels = ["Domestic abuse", "Child sexual exploitation", "Child criminal exploitation", "Registered sex offender",
              "Schedule 1 / PPRC", "Parental substance misuse", "Parental mental health", "Police protection (s46)"]
    for i in range(0, len(labels), 4):
        p = d.add_paragraph()
        for lab in labels[i:i + 4]:
            ff_check(c, p, lab, lab in risks)
    dpara(c, d, "Section 5 - Agencies to be invited", bold=True, size=11)
    dpara(c, d, "West Yorkshire Police (please tick one box only):")
    p = d.add_paragraph()
    ff_check(c, p, "Police attendance required", police[0], store="default" if store_default else "checked", name="PolAttend")
    ff_check(c, p, "Written report sufficient", police[1], store="default" if store_default else "checked", name="PolReport")
    dpara(c, d, "A written report is required from every agency whether or not it attends.")
    ff_label_value(c, d, "Form completed by", completed[0], "CompletedBy")
    ff_label_value(c, d, "Date completed", completed[1], "CompletedDate")
    ff_label_value(c, d, "Team manager authorisation", tm, "TMAuth")
    return docx_bytes(d, protect=True)


def covering(c, lines):
    for l in lines:
        c.t(l)
    return "\n".join(lines)


def c01():
    c = Case("37-01", "wakefield-icpc-legacy-form-rso-partner")
    recv = dt.datetime(2026, 12, 8, 9, 40)
    fam = [("Lacey-Mae Hinchliffe", "Subject child", "12/03/2017", "19 Lupset Crescent, Wakefield WF2", "White British", "English", "No"),
           ("Oakley Hinchliffe", "Subject child", "30/07/2019", "19 Lupset Crescent, Wakefield WF2", "White British", "English", "No"),
           ("Gemma Hinchliffe", "Mother", "03/11/1992", "19 Lupset Crescent, Wakefield WF2", "White British", "English", "No"),
           ("Jason Kitching", "Mother's partner (stays most nights)", "27/05/1979", "Room 4, 33 Westgate, Wakefield WF1", "White British", "English", "No"),
           ("Darren Hinchliffe", "Father (no contact since 2021)", "unknown", "not known", "White British", "English", "No")]
    doc = form(c, "wakefield", kind=["initial"], conf="16/12/2026", time="10:00", venue="Wakefield One, Burton Street - Room 3.14",
               ref="CD447120", chair="Nadia Nuttall", sw="Ben Atkinson", tm="Helen Heaton", cats=["Sexual abuse"], family=fam,
               reason="Risk of sexual harm: Ms Hinchliffe's partner, Jason Kitching, is a registered sex offender and has been staying at the family home most nights since October 2026.",
               worried=["Mr Kitching was convicted in 2015 of sexual activity with a child and is subject to indefinite notification requirements; he is managed by the West Yorkshire Police MOSOVO team, who shared the information with Children's Social Care on 30/11/2026.",
                        "Ms Hinchliffe did not tell anyone about the relationship and has said she does not believe the conviction was fair."],
               working="The children are well cared for physically and attend school and nursery regularly. Lacey-Mae has a trusted adult at school.",
               risks=["Registered sex offender"], police=(True, False), completed=("Ben Atkinson", "07/12/2026"))
    body = covering(c, ["Good morning,", "",
                        "Please find attached the booking form for an Initial Child Protection Conference for Lacey-Mae and Oakley Hinchliffe on Wednesday 16 December 2026 at 10am, Wakefield One.",
                        "The form is a protected Word form - please do not edit it.", "",
                        "Kind regards", "Joanne Lockwood", "Business Support Officer | Safeguarding and Review Unit | Wakefield Council"])
    msg = build_email(c, from_="Joanne Lockwood <joanne.lockwood@wakefield.gov.uk>", to=MAILBOX["wakefield"],
                      subject="OFFICIAL-SENSITIVE: ICPC booking form - HINCHLIFFE - 16/12/2026", date=recv, body=body,
                      attachments=[("ICPC Booking Form - Hinchliffe.docx", doc, DOCX)])
    lab = label(c, district="wakefield", kind="initial", date="2026-12-16", time="10:00", tick=True, harm=["sexual"],
                children=[("Lacey-Mae Hinchliffe", "2017-03-12"), ("Oakley Hinchliffe", "2019-07-30")],
                adults=["Gemma Hinchliffe", "Jason Kitching", "Darren Hinchliffe"], criteria=["registered_sex_offender"],
                decision="attend", received=recv.date(),
                tags=["docx-legacy-formfields", "landscape-grid", "district-wakefield", "initial", "tick-attend", "rso"],
                notes="RSO partner staying in the home (Wakefield item 7): attend; FORMCHECKBOX 'Police attendance required' checked")
    return c, msg, lab


def c02():
    c = Case("37-02", "wakefield-icpc-legacy-form-both-boxes-schedule1")
    recv = dt.datetime(2026, 12, 10, 13, 15)
    fam = [("Frankie Lumb", "Subject child", "14/09/2012", "7 Eastmoor Road, Wakefield WF1", "White British", "English", "No"),
           ("Nicola Lumb", "Mother", "18/02/1984", "7 Eastmoor Road, Wakefield WF1", "White British", "English", "No"),
           ("Keith Lumb", "Maternal grandfather (lives in the household)", "06/06/1956", "7 Eastmoor Road, Wakefield WF1", "White British", "English", "No")]
    doc = form(c, "wakefield", kind=["initial"], conf="21/12/2026", time="13:30", venue="Castleford Civic Centre - Room 1",
               ref="CD450093", chair="Simon Outhwaite", sw="Aisha Rahman", tm="Paul Brearley", cats=["Emotional abuse"], family=fam,
               reason="Emotional harm: Frankie is exposed to his mother's untreated psychosis and has stopped attending school; he is frightened of his grandfather.",
               worried=["Ms Lumb stopped her medication in the summer and believes neighbours are poisoning the water. Frankie (14) has missed 60% of school this term.",
                        "Mr Lumb moved into the household in September. He is a Schedule 1 offender: in 1998 he was convicted of assault occasioning actual bodily harm on his then stepson. He is not a registered sex offender and there is no current police investigation."],
               working="Frankie has a good relationship with his head of year and has agreed to talk to a school counsellor.",
               risks=["Schedule 1 / PPRC", "Parental mental health"], police=(True, True), completed=("Aisha Rahman", "09/12/2026"))
    body = covering(c, ["Hi,", "",
                        "ICPC booking form attached for Frankie Lumb - Monday 21/12/2026 1.30pm at Castleford Civic Centre.", "",
                        "Thanks", "Joanne Lockwood", "Safeguarding and Review Unit | Wakefield Council"])
    msg = build_email(c, from_="Joanne Lockwood <joanne.lockwood@wakefield.gov.uk>", to=MAILBOX["wakefield"],
                      subject="ICPC booking - LUMB - 21/12/2026", date=recv, body=body,
                      attachments=[("Booking form LUMB CD450093.docx", doc, DOCX)])
    lab = label(c, district="wakefield", kind="initial", date="2026-12-21", time="13:30", tick=None, harm=["emotional"],
                children=[("Frankie Lumb", "2012-09-14")], adults=["Nicola Lumb", "Keith Lumb"],
                criteria=["prior_unit_involvement"], decision="discuss", received=recv.date(), flags_required=["tickbox_ambiguous"],
                tags=["docx-legacy-formfields", "landscape-grid", "district-wakefield", "initial", "tick-both", "trap-schedule-1"],
                notes="both police boxes checked (ambiguous, null) and no Wakefield criterion: discuss (Wakefield 4.6); Schedule 1 offender is not an RSO, only prior involvement")
    return c, msg, lab


def c03():
    c = Case("37-03", "leeds-icpc-legacy-form-neither-box-wilful-neglect")
    recv = dt.datetime(2026, 12, 14, 10, 0)
    fam = [("Kai Lister", "Subject child", "02/02/2022", "Flat 6, Lincoln Green Court, Leeds LS9", "Mixed - White and Black Caribbean", "English", "No"),
           ("Maya Lister", "Subject child", "18/06/2024", "Flat 6, Lincoln Green Court, Leeds LS9", "Mixed - White and Black Caribbean", "English", "No"),
           ("Chantelle Lister", "Mother", "25/12/2001", "Flat 6, Lincoln Green Court, Leeds LS9", "White British", "English", "No"),
           ("Ryan Gaunt", "Father", "13/03/2000", "Flat 6, Lincoln Green Court, Leeds LS9", "Black British - Caribbean", "English", "No"),
           ("Maureen Lister", "Maternal grandmother (children staying with her)", "04/08/1968", "55 Osmondthorpe Lane, Leeds LS9", "White British", "English", "No")]
    doc = form(c, "leeds", kind=["initial"], conf="04/01/2027", time="10:00", venue="Virtual - Microsoft Teams",
               ref="MOS6620145", chair="Karen Pollard", sw="Tariq Mahmood", tm="Imogen Jowett", cats=["Neglect"], family=fam,
               reason="Neglect: on 03/12/2026 the children were found alone in an unheated flat for several hours; there was no food in the home.",
               worried=["Officers attended after a neighbour heard Maya crying for most of the evening. Both parents returned after midnight. Kai and Maya went to stay with their maternal grandmother that night by agreement with the parents.",
                        "Both parents were arrested on suspicion of child cruelty (wilful neglect, section 1 Children and Young Persons Act 1933), interviewed and released under investigation. The police investigation is ongoing and DC Laura Sheard of the Leeds Safeguarding Unit is the officer in the case."],
               working="Maternal grandmother is providing good care and the parents are visiting daily under her supervision.",
               risks=["Parental substance misuse"], police=(False, False), completed=("Tariq Mahmood", "11/12/2026"))
    body = covering(c, ["Hello,", "",
                        "Please find attached a conference request for an Initial Child Protection Conference on 04/01/2027 at 10:00 (Teams).",
                        "Reports to the ISU no later than 24 hours prior to conference please.", "",
                        "Many thanks", "Aaron Whitely", "Integrated Safeguarding Unit | Children and Families | Leeds City Council"])
    msg = build_email(c, from_="Aaron Whitely <aaron.whitely@leeds.gov.uk>", to=MAILBOX["leeds"],
                      subject="[SECURE] ICPC request - LISTER - 04/01/2027", date=recv, body=body,
                      attachments=[("Conference request LISTER.docx", doc, DOCX)])
    lab = label(c, district="leeds", kind="initial", date="2027-01-04", time="10:00", tick=None, harm=["neglect"],
                children=[("Kai Lister", "2022-02-02"), ("Maya Lister", "2024-06-18")],
                adults=["Chantelle Lister", "Ryan Gaunt", "Maureen Lister"], criteria=["wilful_neglect_investigation"],
                decision="attend", received=recv.date(), flags_required=["tickbox_ambiguous"],
                tags=["docx-legacy-formfields", "landscape-grid", "district-leeds", "initial", "tick-neither", "wilful-neglect",
                      "trap-by-agreement-not-pp", "bank-holidays"],
                notes="active police investigation of child cruelty / wilful neglect (Leeds item 3): attend; neither police box checked; children went to grandmother by agreement (not police protection)")
    return c, msg, lab


def c04():
    c = Case("37-04", "calderdale-icpc-legacy-form-report-ticked-prior-unit")
    recv = dt.datetime(2026, 12, 16, 11, 30)
    fam = [("Riley Greenwood", "Subject child", "25/01/2010", "3 Boothtown Road, Halifax HX3", "White British", "English", "No"),
           ("Lisa Greenwood", "Mother", "12/12/1980", "3 Boothtown Road, Halifax HX3", "White British", "English", "No"),
           ("Mark Sutcliffe", "Stepfather", "01/07/1977", "3 Boothtown Road, Halifax HX3", "White British", "English", "No")]
    doc = form(c, "calderdale", kind=["initial"], conf="07/01/2027", time="13:30", venue="Northgate House, Halifax - Room G.10",
               ref="LCS2290411", chair="Yvonne Pearson", sw="Rebecca Crabtree", tm="Rachel Jowett", cats=["Emotional abuse"], family=fam,
               reason="Emotional harm: Riley (16) is self-harming and says she is constantly belittled and threatened by her stepfather.",
               worried=["Riley has cut her arms on three occasions since October and was seen in A&E on 01/12/2026. She describes Mr Sutcliffe calling her worthless and threatening to throw her out.",
                        "In 2022 Mr Sutcliffe was arrested for assaulting Riley; the Calderdale Safeguarding Unit investigated and the case was closed with no further action when Riley withdrew her statement. Riley has made no new allegation of assault."],
               working="Riley is doing well at Trinity Academy sixth form and is open with her CAMHS worker.",
               risks=["Parental mental health"], police=(False, True), completed=("Rebecca Crabtree", "15/12/2026"))
    body = covering(c, ["Dear colleague,", "",
                        "Please see the attached booking form for an ICPC for Riley Greenwood, Thursday 7 January 2027 at 1.30pm, Northgate House.", "",
                        "Regards", "Graham Riley", "CP Admin Team | Calderdale MBC"])
    msg = build_email(c, from_="Graham Riley <graham.riley@calderdale.gov.uk>", to=MAILBOX["calderdale"],
                      subject="ICPC 07/01/2027 - GREENWOOD - booking form", date=recv, body=body,
                      attachments=[("GREENWOOD ICPC booking form.docx", doc, DOCX)])
    lab = label(c, district="calderdale", kind="initial", date="2027-01-07", time="13:30", tick=False, harm=["emotional"],
                children=[("Riley Greenwood", "2010-01-25")], adults=["Lisa Greenwood", "Mark Sutcliffe"],
                criteria=["prior_unit_involvement"], decision="attend", received=recv.date(), flags_required=["tickbox_conflict"],
                tags=["docx-legacy-formfields", "landscape-grid", "district-calderdale", "initial", "tick-report", "prior-involvement"],
                notes="Calderdale: the unit investigated the stepfather's assault on Riley in 2022 (previous significant involvement) -> attend although 'written report sufficient' is checked (tickbox_conflict); no escalation evidence")
    return c, msg, lab


def c05():
    c = Case("37-05", "bradford-transfer-in-legacy-form-marac-bail")
    recv = dt.datetime(2027, 1, 7, 9, 10)
    fam = [("Aaliyah Begum-Shaw", "Subject child", "02/05/2016", "address withheld (refuge)", "Mixed - White and Asian", "English / Urdu", "No"),
           ("Zain Shaw", "Subject child", "12/12/2020", "address withheld (refuge)", "Mixed - White and Asian", "English / Urdu", "No"),
           ("Rukhsana Begum", "Mother", "17/01/1990", "address withheld (refuge)", "Asian British - Pakistani", "Urdu", "Yes - Urdu"),
           ("Daniel Shaw", "Father", "09/10/1987", "14 Audley Range, Blackburn BB1", "White British", "English", "No")]
    doc = form(c, "bradford", kind=["transfer_in"], conf="14/01/2027", time="10:00", venue="Margaret McMillan Tower, Bradford - Room 4",
               ref="LL3381920", chair="Farah Iqbal", sw="Joel Whitaker", tm="Nasreen Akram", cats=["Emotional abuse"], family=fam,
               reason="Transfer-in conference: the children were made subject to child protection plans (emotional abuse) by Blackburn with Darwen on 02/10/2026 and moved with their mother to a Bradford refuge on 28/11/2026.",
               worried=["Mr Shaw was charged with assault occasioning actual bodily harm against Ms Begum on 20/11/2026 and is on police bail with conditions not to contact her or enter the Bradford district. He has sent messages through relatives asking where the family are.",
                        "The case was heard at the Bradford MARAC on 10/12/2026 (DASH high risk). An IDVA is allocated and DC Mark Ellison of the Bradford Safeguarding Unit domestic abuse team is managing the risk with the refuge."],
               working="Ms Begum has engaged well with the refuge, the IDVA and the children's new school.",
               risks=["Domestic abuse"], police=(True, False), completed=("Joel Whitaker", "05/01/2027"))
    body = covering(c, ["Good morning,", "",
                        "Please find attached the booking form for a Transfer-In Child Protection Conference for Aaliyah and Zain on Thursday 14 January 2027, 10am, Margaret McMillan Tower.",
                        "The family's address is confidential - please do not share the refuge address.", "",
                        "Kind regards", "Shabana Hussain", "Child Protection Conference Team | Bradford Children's Social Care"])
    msg = build_email(c, from_="Shabana Hussain <shabana.hussain@bradford.gov.uk>", to=MAILBOX["bradford"],
                      subject="OFFICIAL-SENSITIVE - Transfer In CPC - BEGUM-SHAW - 14/01/2027", date=recv, body=body,
                      attachments=[("TI CPC booking form BEGUM-SHAW.docx", doc, DOCX)])
    lab = label(c, district="bradford", kind="transfer_in", date="2027-01-14", time="10:00", tick=True, harm=["emotional"],
                children=[("Aaliyah Begum-Shaw", "2016-05-02"), ("Zain Shaw", "2020-12-12")],
                adults=["Rukhsana Begum", "Daniel Shaw"], criteria=["domestic_abuse_current_involvement"], decision="attend",
                received=recv.date(),
                tags=["docx-legacy-formfields", "landscape-grid", "district-bradford", "transfer-in", "tick-attend", "domestic-abuse"],
                notes="Bradford decided with Wakefield rules (POLICY choice); transfer-in counts as initial; serious DA with MARAC, bail and a police DA officer managing the risk: attend")
    return c, msg, lab


def c06():
    c = Case("37-06", "kirklees-rcpc-legacy-form-default-state-report-only")
    recv = dt.datetime(2026, 12, 18, 10, 0)
    fam = [("Lily-Rose Armitage", "Subject child", "19/08/2019", "60 Ravensthorpe Road, Dewsbury WF12", "White British", "English", "No"),
           ("Freddie Armitage", "Subject child", "02/10/2021", "60 Ravensthorpe Road, Dewsbury WF12", "White British", "English", "No"),
           ("Stacey Armitage", "Mother", "30/03/1995", "60 Ravensthorpe Road, Dewsbury WF12", "White British", "English", "No")]
    doc = form(c, "kirklees", kind=["review"], conf="13/01/2027", time="10:00", venue="Dewsbury Town Hall - Committee Room B",
               ref="LCS5520017", chair="Marianne Sykes", sw="Chloe Bairstow", tm="Imran Patel", cats=["Neglect"], family=fam,
               reason="First review of the child protection plans (category neglect) made at the initial conference on 15/10/2026.",
               worried=["Home conditions have improved but Freddie's dental treatment is still outstanding and Lily-Rose was late to school on 22 days this term.",
                        "There has been no police involvement with the family since the initial conference. Ms Armitage's previous partner was the subject of a MARAC in 2019; he has had no contact with the family since 2020."],
               working="Ms Armitage attends every core group, the home is clean and the children's health visitor reports good weight gain.",
               risks=[], police=(False, True), store_default=True, completed=("Chloe Bairstow", "17/12/2026"),
               extra_section=("Core group", ["Core group members: social worker, health visitor, school DSL, nursery manager, Ms Armitage."]))
    body = covering(c, ["Dear all,", "",
                        "Review conference booking attached - ARMITAGE - 13 January 2027, 10am, Dewsbury Town Hall.", "",
                        "Safeguarding and Quality Assurance Unit", "Kirklees Council"])
    msg = build_email(c, from_="SQA Unit Admin <sqa.admin@kirklees.gov.uk>", to=MAILBOX["kirklees"],
                      subject="RCPC booking - ARMITAGE - 13.01.27", date=recv, body=body,
                      attachments=[("RCPC ARMITAGE booking.docx", doc, DOCX)])
    lab = label(c, district="kirklees", kind="review", date="2027-01-13", time="10:00", tick=False, harm=["neglect"],
                children=[("Lily-Rose Armitage", "2019-08-19"), ("Freddie Armitage", "2021-10-02")],
                adults=["Stacey Armitage"], criteria=[], decision="report_only", received=recv.date(),
                tags=["docx-legacy-formfields", "checkbox-default-state", "landscape-grid", "district-kirklees", "review",
                      "tick-report", "historic-marac", "bank-holidays"],
                notes="review, no police in core group, no criterion (2019 MARAC about a former partner with no contact is historical): report_only; the check boxes carry only w:default (report sufficient = 1)")
    return c, msg, lab


def c07():
    c = Case("37-07", "wakefield-icpc-legacy-form-police-protection-late-christmas")
    recv = dt.datetime(2026, 12, 29, 10, 30)
    fam = [("Tommy Pickersgill", "Subject child", "04/04/2018", "currently with maternal aunt", "White British", "English", "No"),
           ("Ava Pickersgill", "Subject child", "29/02/2020", "currently with maternal aunt", "White British", "English", "No"),
           ("Kelly Pickersgill", "Mother", "15/05/1991", "11 Hemsworth Road, South Kirkby WF9", "White British", "English", "No"),
           ("Craig Pickersgill", "Father", "20/01/1989", "HMP Leeds", "White British", "English", "No"),
           ("Joanne Ryder", "Maternal aunt (current carer)", "08/08/1987", "2 Stockingate, South Kirkby WF9", "White British", "English", "No")]
    doc = form(c, "wakefield", kind=["initial"], conf="05/01/2027", time="10:00", venue="Wakefield One, Burton Street - Room 2.07",
               ref="CD461207", chair="Nadia Nuttall", sw="Martin Illingworth", tm="Paul Brearley", cats=["Neglect"], family=fam,
               reason="Neglect: on 22/12/2026 Tommy and Ava were taken into police protection under section 46 Children Act 1989 after officers found them alone at home late at night; their mother was found intoxicated in the town centre.",
               worried=["The children were placed with their maternal aunt by the designated officer; police protection ended after 48 hours and they remain with Ms Ryder under a section 20 agreement.",
                        "No criminal investigation is being pursued."],
               working="Ms Pickersgill has contacted the alcohol service and has supervised contact daily.",
               risks=["Parental substance misuse", "Police protection (s46)"], police=(True, False),
               completed=("Martin Illingworth", "24/12/2026"))
    body = covering(c, ["Hi,", "",
                        "Apologies for the short notice - the office has been closed over Christmas. Booking form attached for an ICPC for Tommy and Ava Pickersgill on Tuesday 5th January 2027 at 10am, Wakefield One.", "",
                        "Joanne Lockwood", "Safeguarding and Review Unit | Wakefield Council"])
    msg = build_email(c, from_="Joanne Lockwood <joanne.lockwood@wakefield.gov.uk>", to=MAILBOX["wakefield"],
                      subject="OFFICIAL-SENSITIVE: ICPC booking - PICKERSGILL - 05/01/2027", date=recv, body=body,
                      attachments=[("Booking form PICKERSGILL CD461207.docx", doc, DOCX)])
    lab = label(c, district="wakefield", kind="initial", date="2027-01-05", time="10:00", tick=True, harm=["neglect"],
                children=[("Tommy Pickersgill", "2018-04-04"), ("Ava Pickersgill", "2020-02-29")],
                adults=["Kelly Pickersgill", "Craig Pickersgill", "Joanne Ryder"], criteria=["police_protection"], decision="attend",
                received=recv.date(),
                tags=["docx-legacy-formfields", "landscape-grid", "district-wakefield", "initial", "tick-attend", "police-protection",
                      "late-notice", "bank-holidays"],
                notes="conference arises from s46 police protection (Wakefield item 4): attend; received 29/12 with 4 working days (28/12 and 1/1 bank holidays) < 5: late; report due 30/12")
    return c, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
