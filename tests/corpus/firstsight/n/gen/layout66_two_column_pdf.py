"""Layout 66: PDF booking form laid out in two newspaper-style columns.

Left column: the family (children, adults, address, reason, concerns) flowing down the page.
Right column: conference details, professionals, and the police question, flowing down.
The content stream holds the left column first, then the right one, so a stream-order
reader sees columns one after another while a layout reader sees them interleaved line by line.
"""
import datetime as dt
from common import Texts, build_eml, write_case, d, uk, DISCLAIMER
from pdfkit import new_canvas, wrap, A4

LAYOUT = 66
W, H = A4
M = 40
GUT = 22
COLW = (W - 2 * M - GUT) / 2
TOP = H - 150
BOTTOM = 60


def layout_column(items, x, texts):
    """Return list of draw ops [(page, op...)] for one column."""
    ops, page, y = [], 0, TOP

    def need(h):
        nonlocal page, y
        if y - h < BOTTOM:
            page += 1
            y = H - 70

    for it in items:
        kind = it[0]
        if kind == "h":
            need(30)
            y -= 6
            ops.append((page, "bar", x, y - 4, COLW, 15))
            ops.append((page, "text", x + 4, y, "DVB", 9.5, it[1]))
            texts.add(it[1])
            y -= 20
        elif kind == "kv":
            label, value = it[1], it[2]
            lines = wrap(value, "DV", 8.8, COLW - 8)
            need(12 + 11 * len(lines))
            ops.append((page, "text", x, y, "DVB", 7.8, label))
            texts.add(label)
            y -= 11
            for ln in lines:
                need(11)
                ops.append((page, "text", x + 8, y, "DV", 8.8, ln))
                texts.add(ln)
                y -= 11
            texts.add(value)
            y -= 3
        elif kind == "p":
            font = it[2] if len(it) > 2 else "DV"
            lines = wrap(it[1], font, 8.8, COLW)
            for ln in lines:
                need(11)
                ops.append((page, "text", x, y, font, 8.8, ln))
                texts.add(ln)
                y -= 11
            texts.add(it[1])
            if len(lines) > 1:
                texts.add("\n".join(lines))
            y -= 4
        elif kind == "tick":
            glyph = "\u2612" if it[1] else "\u2610"
            lines = wrap(it[2], "DV", 8.8, COLW - 18)
            need(11 * len(lines) + 2)
            ops.append((page, "text", x, y, "DV", 10, glyph))
            texts.add(glyph + " " + lines[0], glyph + " " + it[2])
            for ln in lines:
                ops.append((page, "text", x + 16, y, "DV", 8.8, ln))
                texts.add(ln)
                y -= 11
            texts.add(it[2])
            y -= 3
        elif kind == "gap":
            y -= it[1]
    return ops


def render_pdf(c, left, right, texts):
    cv, buf = new_canvas(title=f"CP conference booking form {c['ref']}", author=c["council"])
    lops = layout_column(left, M, texts)
    rops = layout_column(right, M + COLW + GUT, texts)
    npages = max(o[0] for o in lops + rops) + 1
    for p in range(npages):
        # page furniture
        cv.setFont("DVB", 8)
        cv.drawCentredString(W / 2, H - 28, "OFFICIAL-SENSITIVE")
        texts.add("OFFICIAL-SENSITIVE")
        if p == 0:
            cv.setFont("DVB", 13)
            cv.drawString(M, H - 60, c["council"])
            cv.setFont("DV", 9)
            cv.drawString(M, H - 75, c["unit"])
            cv.setFont("DVB", 15)
            cv.drawString(M, H - 105, c["form_title"])
            cv.setFont("DV", 8)
            cv.drawString(M, H - 120, c["form_sub"])
            texts.add(c["council"], c["unit"], c["form_title"], c["form_sub"])
            cv.setLineWidth(1.2)
            cv.line(M, H - 130, W - M, H - 130)
        cv.setLineWidth(0.5)
        cv.line(M + COLW + GUT / 2, BOTTOM - 10, M + COLW + GUT / 2, (TOP + 10) if p == 0 else H - 60)
        for ops in (lops, rops):  # left column fully, then right column
            for o in ops:
                if o[0] != p:
                    continue
                if o[1] == "bar":
                    cv.setFillGray(0.85)
                    cv.rect(o[2], o[3], o[4], o[5], stroke=0, fill=1)
                    cv.setFillGray(0)
                else:
                    cv.setFont(o[4], o[5])
                    cv.drawString(o[2], o[3], o[6])
        foot = f"{c['form_code']}  |  Page {p + 1} of {npages}"
        cv.setFont("DV", 7)
        cv.drawString(M, 30, foot)
        texts.add(foot)
        cv.showPage()
    cv.save()
    return buf.getvalue()


def family_items(c):
    L = [("h", "PART A \u2013 THE FAMILY"), ("p", "Children who are the subject of the conference", "DVB")]
    for ch in c["kids"]:
        L.append(("p", ch))
    L.append(("gap", 4))
    L.append(("p", "Parents / carers / significant adults", "DVB"))
    for a in c["grown"]:
        L.append(("p", a))
    L.append(("gap", 4))
    L.append(("kv", "Home address", c["address"]))
    L.append(("kv", "Language / interpreter", c["lang"]))
    L.append(("h", "PART C \u2013 WHY IS A CONFERENCE NEEDED?"))
    L.append(("kv", "Category requested", c["category"]))
    for para in c["reason"]:
        L.append(("p", para))
    return L


def conf_items(c):
    R = [("h", "PART B \u2013 CONFERENCE AND PROFESSIONALS")]
    for k, v in c["conf"]:
        R.append(("kv", k, v))
    R.append(("p", "Professionals to be invited", "DVB"))
    for pr in c["profs"]:
        R.append(("p", pr))
    R.append(("h", "PART D \u2013 WEST YORKSHIRE POLICE"))
    R.append(("p", c["police_q"]))
    for checked, lab in c["ticks"]:
        R.append(("tick", checked, lab))
    R.append(("kv", "Known police involvement (social worker's summary)", c["police_info"]))
    R.append(("kv", "Exclusions / safety in the meeting", c["exclusions"]))
    R.append(("kv", "Form completed by", c["completed"]))
    return R


WF = dict(council="Wakefield Council", unit="Children and Young People's Service \u2013 Safeguarding and Review Unit",
          form_title="Child Protection Conference Booking Form",
          form_sub="Return to the Safeguarding and Review Unit within 1 working day of the strategy discussion outcome.",
          police_q="Please indicate what is needed from West Yorkshire Police (tick one):",
          tick_labels=("Police attendance required at conference", "Written report sufficient"))
LD = dict(council="Leeds City Council", unit="Children and Families \u2013 Integrated Safeguarding Unit",
          form_title="Request for Child Protection Conference",
          form_sub="Complete both columns. Incomplete requests will be returned to the social worker.",
          police_q="Does the conference need a police officer in the room?",
          tick_labels=("Yes \u2013 attendance needed", "No \u2013 a written report will be enough"))
CD = dict(council="Calderdale Metropolitan Borough Council", unit="Children and Young People's Services \u2013 Child Protection Administration",
          form_title="Child Protection Conference Request",
          form_sub="Send to CP Administration by secure email. Police reports are not shared with parents before conference.",
          police_q="Police contribution requested (tick one):",
          tick_labels=("Attendance at conference", "Written report only"))
KL = dict(council="Kirklees Council", unit="Children and Families \u2013 Safeguarding and Quality Assurance (Conference Team)",
          form_title="Conference Booking Form (Strengthening Families)",
          form_sub="Review conferences: please update every section; do not copy the previous booking form.",
          police_q="Police: please tick what you are asking for",
          tick_labels=("Police attendance required", "Police report sufficient"))
BD = dict(council="City of Bradford Metropolitan District Council", unit="Children's Services \u2013 Safeguarding and Reviewing Unit",
          form_title="Child Protection Conference Booking Request",
          form_sub="Bradford Children and Families Trust on behalf of the Council.",
          police_q="Police requirement (please tick one box):",
          tick_labels=("Attendance required", "Written report sufficient"))

CASES = [
    dict(slug="n-66-01-wakefield-icpc-two-column-bail-current-investigation", tmpl=WF,
         district="wakefield", kind="initial", date="2026-12-16", time="10:00", received=d("2026-12-07 09:12"),
         sender=("Joanne Pickersgill", "joanne.pickersgill"), ref="CD704412", form_code="SRU-BF-03 v4.2 (2026)",
         subject="OFFICIAL-SENSITIVE ICPC booking form - KOWALCZYK - 16/12/2026",
         body="Good morning\n\nPlease find attached the booking form for an Initial Child Protection Conference for the Kowalczyk children on Wednesday 16 December 2026 at 10.00am, Wakefield One. The police section is on the right-hand side of the form.\n\nReports to the chair 3 working days before please.\n\nJoanne Pickersgill\nConference Co-ordinator\nSafeguarding and Review Unit\nWakefield Council\n01924 305 871",
         kids=["Oliwia Kowalczyk \u2013 F \u2013 DOB 14/05/2016 \u2013 Snapethorpe Primary", "Szymon Kowalczyk \u2013 M \u2013 DOB 02/09/2018 \u2013 Snapethorpe Primary", "Nikola Kowalczyk \u2013 F \u2013 DOB 21/11/2022 \u2013 Little Acorns Nursery"],
         grown=["Agnieszka Kowalczyk \u2013 mother \u2013 DOB 30/01/1990 \u2013 PR", "Tomasz Kowalczyk \u2013 father \u2013 DOB 17/06/1987 \u2013 PR (currently staying in Ossett)"],
         address="14 Lupset Crescent, Wakefield WF2 8RT", lang="Polish \u2013 mother would like an interpreter; children speak English",
         category="Physical abuse",
         reason=["On 2 December Szymon came into school with a round blistered mark on the inside of his left forearm. He told the learning mentor that his dad had pressed a hot spoon onto his arm because he had been 'lying'. Oliwia later said she had seen it happen and that dad 'does that when he is angry'.",
                 "A child protection medical at Pinderfields the same afternoon found a partial thickness burn the paediatrician considered likely to be inflicted. Mum says she was at work and did not know.",
                 "The children are at home with mum under a written safety plan. Nikola is too young to give an account; her nursery have raised no concerns."],
         conf=[("Conference type", "Initial Child Protection Conference"), ("Date", "Wednesday 16 December 2026"), ("Time", "10:00 \u2013 12:00"),
               ("Venue", "Wakefield One, Burton Street, Wakefield WF1 2EB \u2013 Room G.14"), ("Chair", "Helen Ogunbiyi (Child Protection Chair)"),
               ("CareDirector reference", "CD704412"), ("Strategy discussion", "03/12/2026 (joint with police)")],
         profs=["Social worker: Ruth Armitage, Wakefield Children's Social Care", "Team manager: Kevin Hollings", "Health visitor: Samina Ali", "School DSL: Mrs P. Lockwood, Snapethorpe Primary", "GP: Dr N. Fielding, Lupset Health Centre", "Paediatrician: Dr O. Mensah (report only)"],
         ticks=[True, False],
         police_info="Joint section 47 with West Yorkshire Police. Mr Kowalczyk was arrested on 03/12/2026 and interviewed about the burn. He has been bailed with conditions not to contact the children or go to the family home. The officer in the case is DC Whiteley, Wakefield CPPU. The chair has spoken to DI Marsh and it is agreed that police will attend the conference.",
         exclusions="Mr Kowalczyk may attend the second half only, because of his bail conditions.",
         completed="Ruth Armitage, social worker \u2013 04/12/2026",
         tick=True, children=[("Oliwia Kowalczyk", "2016-05-14"), ("Szymon Kowalczyk", "2018-09-02"), ("Nikola Kowalczyk", "2022-11-21")],
         adults=["Agnieszka Kowalczyk", "Tomasz Kowalczyk"], harm=["physical"], criteria=["current_investigation", "negotiated_attendance"], expect="attend",
         tags=["two-column-pdf", "district-wakefield", "initial", "tick-attend", "bail", "interpreter", "negotiated"],
         notes="father arrested and on pre-charge bail for an inflicted burn: current investigation (W1); chair and DI agreed police attend (W8) -> attend"),
    dict(slug="n-66-02-leeds-icpc-two-column-neglect-welfare-check-report-only", tmpl=LD,
         district="leeds", kind="initial", date="2026-12-18", time="13:30", received=d("2026-12-09 14:40"),
         sender=("Bethany Okafor", "bethany.okafor"), ref="MOS583301", form_code="ISU/REQ/2 \u2013 Leeds Children and Families",
         subject="ICPC request - FARRAR - Fri 18 Dec 1.30pm",
         body="Hi\n\nConference request attached for the Farrar children (ICPC, Friday 18th December, 1.30pm, Teams). Reports to the ISU 24 hours before please.\n\nThanks\nBethany\n\nBethany Okafor\nBusiness Support Officer | Integrated Safeguarding Unit | Leeds City Council",
         kids=["Demi-Leigh Farrar \u2013 DOB 07/03/2019 \u2013 Year 2, Bramley St Peter's", "Kayden Farrar \u2013 DOB 30/12/2020 \u2013 not in nursery"],
         grown=["Stacey Farrar \u2013 mum \u2013 DOB 12/10/1995", "Jordan Whitely \u2013 mum's partner, lives at the address \u2013 DOB 04/04/1993"],
         address="Flat 3, 22 Broad Lane Close, Bramley, Leeds LS13", lang="English \u2013 no interpreter",
         category="Neglect",
         reason=["The home has been found in a very poor state on four visits since October: dog mess on the floors, no food in the fridge and a mattress on the living room floor that both children sleep on.",
                 "Kayden's weight has dropped below the 2nd centile and he was not brought to five health appointments. Demi-Leigh often arrives at school hungry and in the same clothes for several days.",
                 "Stacey engages when seen but nothing changes between visits. Jordan has refused to meet the social worker."],
         conf=[("Conference type", "ICPC"), ("Date", "Friday 18/12/2026"), ("Start time", "1.30pm"), ("Location", "Microsoft Teams (link from ISU)"),
               ("Chair", "Gareth Nwosu"), ("Mosaic ID", "MOS583301"), ("Social worker", "Aoife Brennan, Bramley & Armley team")],
         profs=["Health visitor \u2013 Leeds Community Healthcare 0-19", "School \u2013 Bramley St Peter's (DSL)", "GP \u2013 Bramley Village Health", "Housing \u2013 Leeds Housing Options"],
         ticks=[False, True],
         police_info="Officers did a welfare check on 28/11/2026 after a neighbour rang about the children crying, and sent a PPN to the front door. Police have told us they will not be starting a criminal investigation at this stage. No other recent police contact.",
         exclusions="None requested.",
         completed="Aoife Brennan \u2013 08/12/2026",
         tick=False, children=[("Demi-Leigh Farrar", "2019-03-07"), ("Kayden Farrar", "2020-12-30")],
         adults=["Stacey Farrar", "Jordan Whitely"], harm=["neglect"], criteria=[], expect="report_only",
         tags=["two-column-pdf", "district-leeds", "initial", "tick-report", "hard-negative-wilful-neglect"],
         notes="neglect category and a police welfare check, but police say no criminal investigation: no criterion; report sufficient"),
    dict(slug="n-66-03-calderdale-icpc-two-column-prior-unit-involvement-tick-conflict", tmpl=CD,
         district="calderdale", kind="initial", date="2026-12-21", time="14:00", received=d("2026-12-10 11:05"),
         sender=("Lindsey Crabtree", "lindsey.crabtree"), ref="LCS 1188420", form_code="CMBC CP1 (rev. Sept 2026)",
         subject="Initial CP Conference - BAKR - 21.12.2026 2pm",
         body="Dear colleagues\n\nPlease see the attached request for an Initial Child Protection Conference (Bakr children) on Monday 21st December 2026 at 2pm at Northgate House, Halifax.\n\nKind regards\nLindsey\nCP Administration, Calderdale Council",
         kids=["Rojin Bakr \u2013 DOB 12/08/2013 \u2013 Trinity Academy Halifax", "Dilan Bakr \u2013 DOB 05/01/2017 \u2013 Warley Road Primary"],
         grown=["Shilan Bakr \u2013 mother \u2013 DOB 02/02/1988", "Aram Hassan \u2013 Dilan's father, lives in Halifax \u2013 DOB 19/09/1984"],
         address="7 Hanson Lane, Halifax HX1", lang="Kurdish Sorani \u2013 interpreter booked for mother",
         category="Emotional abuse",
         reason=["Rojin (13) has been cutting her arms and told her form tutor she wants to die because home is 'always screaming'. Ms Bakr has been very low since her own mother died in the summer and spends most days in bed; Rojin is doing most of the care for Dilan.",
                 "There have been three referrals this term from school about the children's presentation. Ms Bakr has not taken Rojin to her CAMHS appointments."],
         conf=[("Conference type", "Initial"), ("Date", "21/12/2026"), ("Time", "14:00"), ("Venue", "Northgate House, Halifax, Conference Room 2"),
               ("Chair", "Patrick Mullarkey"), ("Liquidlogic ID", "1188420"), ("Social worker", "Farida Begum, Assessment Team North")],
         profs=["CAMHS \u2013 Calderdale CAMHS (Rojin)", "School \u2013 Trinity Academy Halifax", "School \u2013 Warley Road Primary", "GP \u2013 Boulevard Medical Practice"],
         ticks=[False, True],
         police_info="In March 2022 Mr Hassan was arrested by the Calderdale safeguarding unit for assaulting Rojin (a slap that left bruising to her face). The case ended NFA when Rojin withdrew her account. Dilan sees his father at the family centre, supervised; nothing further has been reported since 2022.",
         exclusions="None.",
         completed="Farida Begum \u2013 09/12/2026",
         tick=False, children=[("Rojin Bakr", "2013-08-12"), ("Dilan Bakr", "2017-01-05")],
         adults=["Shilan Bakr", "Aram Hassan"], harm=["emotional"], criteria=["prior_unit_involvement"], expect="attend",
         tags=["two-column-pdf", "district-calderdale", "initial", "tick-report", "prior-unit-involvement", "tickbox-conflict"],
         notes="earlier unit arrest of Dilan's father for assaulting Rojin (NFA): Calderdale prior involvement -> attend though the form says report only"),
    dict(slug="n-66-04-kirklees-rcpc-two-column-county-lines-neither-ticked", tmpl=KL,
         district="kirklees", kind="review", date="2027-01-12", time="10:00", received=d("2026-12-14 10:20"),
         sender=("Mohammed Rafiq", "mohammed.rafiq"), ref="KC-CP-22917", form_code="KC/SQA/BF1",
         subject="RE: Review Child Protection Conference booking - Ackroyd - 12/01/2027",
         body="Morning,\n\nAttached is the booking form for the first review conference for Tyler-James and Mason Ackroyd, Tuesday 12th January 2027 at 10am, Civic Centre 1, Huddersfield.\n\nRegards\nMohammed Rafiq\nConference Team, Kirklees Council",
         kids=["Tyler-James Ackroyd \u2013 DOB 19/06/2011 \u2013 Almondbury Community School", "Mason Ackroyd \u2013 DOB 02/02/2014 \u2013 Almondbury Community School"],
         grown=["Donna Ackroyd \u2013 mum \u2013 DOB 21/07/1983", "Lee Ackroyd \u2013 dad, separate address in Dewsbury \u2013 DOB 08/01/1981"],
         address="41 Fernside Avenue, Almondbury, Huddersfield HD5", lang="English",
         category="Neglect (plan category since ICPC 14/10/2026)",
         reason=["Tyler-James has had seven missing episodes since the ICPC. On the last two he was found in a flat in Huddersfield town centre that is used to deal drugs, and he had \u00a3400 in cash and two phones. A National Referral Mechanism referral for criminal exploitation was made on 18/11/2026 and the exploitation team are working with him on the county lines risk.",
                 "The CSE screening tool was repeated on 30/11/2026 and no sexual exploitation indicators were identified.",
                 "Mum is trying hard but cannot keep him at home; Mason's attendance has fallen to 81%."],
         conf=[("Conference type", "Review (first review)"), ("Date", "Tuesday 12 January 2027"), ("Time", "10:00"), ("Venue", "Civic Centre 1, Huddersfield, Meeting Room 4"),
               ("Chair", "Jasbir Sandhu"), ("Social worker", "Kelly Haigh, Huddersfield South"), ("Previous conference", "ICPC 14/10/2026")],
         profs=["Exploitation team \u2013 Kirklees Children's Social Care", "Youth Justice Service (not open; invited for information)", "School \u2013 Almondbury Community School", "School nurse"],
         ticks=[False, False],
         police_info="Missing episodes reported to police and return interviews completed. No police investigation in respect of the family.",
         exclusions="None.",
         completed="Kelly Haigh \u2013 11/12/2026",
         tick=None, tick_ambiguous=True, children=[("Tyler-James Ackroyd", "2011-06-19"), ("Mason Ackroyd", "2014-02-02")],
         adults=["Donna Ackroyd", "Lee Ackroyd"], harm=["neglect"], criteria=[], expect="report_only",
         tags=["two-column-pdf", "district-kirklees", "review", "tick-neither", "hard-negative-cse", "county-lines"],
         notes="Kirklees review decided with Wakefield rules; criminal exploitation/county lines is not CSE (screening negative); neither police box ticked"),
    dict(slug="n-66-05-bradford-prebirth-two-column-rso-relative-no-contact", tmpl=BD,
         district="bradford", kind="initial", pre_birth=True, date="2027-01-04", time="13:00", received=d("2026-12-15 15:55"),
         sender=("Harriet Nowell", "harriet.nowell"), ref="BCS-771204", form_code="SRU Form 1 \u2013 Bradford",
         subject="Pre-birth ICPC - Unborn MIRZA - 04/01/2027 13:00",
         body="Good afternoon\n\nPlease find attached the booking form for a pre-birth Initial Child Protection Conference for Sana Mirza's unborn baby on Monday 4th January 2027 at 1pm at Margaret McMillan Tower, Bradford.\n\nMany thanks\nHarriet Nowell\nSafeguarding and Reviewing Unit\nBradford Children and Families Trust",
         kids=["Unborn Mirza \u2013 EDD 20/02/2027 \u2013 booked at Bradford Royal Infirmary"],
         grown=["Sana Mirza \u2013 expectant mother \u2013 DOB 03/05/2004", "Imran Qureshi \u2013 father of the baby \u2013 DOB 27/11/2000"],
         address="19 Whetley Lane, Manningham, Bradford BD8", lang="English and Urdu \u2013 no interpreter needed",
         category="Neglect",
         reason=["Sana's first child, Aisha (2), was removed under an interim care order in 2025 because of neglect and is now placed with her paternal aunt. The parenting assessment in those proceedings found Sana could not keep a young child safe without a lot of support.",
                 "Sana has a learning disability and has had little antenatal care. Imran uses cannabis daily and smashed a window at the flat in November; Sana says he has never hurt her."],
         conf=[("Conference type", "Pre-birth initial child protection conference"), ("Date", "Monday 4 January 2027"), ("Time", "1.00pm"), ("Venue", "Margaret McMillan Tower, Princes Way, Bradford \u2013 Room 5"),
               ("Chair", "Ewa Sadowska"), ("Social worker", "Thomas Greenwood, Pre-birth team"), ("Strategy discussion", "08/12/2026")],
         profs=["Midwife \u2013 Bradford Royal Infirmary (Ceri Jones)", "Learning disability nurse", "Adult social care", "GP \u2013 Picton Medical Centre"],
         ticks=[False, True],
         police_info="Imran's older brother is a registered sex offender. He lives in Glasgow and has had no contact with Sana or Imran since 2019. No police investigation relating to Sana or Imran.",
         exclusions="None.",
         completed="Thomas Greenwood \u2013 14/12/2026",
         tick=False, children=[("Unborn Mirza", None)], adults=["Sana Mirza", "Imran Qureshi"], harm=["neglect"], criteria=[], expect="report_only",
         tags=["two-column-pdf", "district-bradford", "pre-birth", "initial", "tick-report", "hard-negative-rso", "christmas-holidays"],
         notes="RSO is a relative in Glasgow with no contact: no criterion; Bradford uses Wakefield rules; report due counts over 25/28 Dec and 1 Jan"),
    dict(slug="n-66-06-wakefield-transfer-in-two-column-da-closed-tick-attend", tmpl=WF,
         district="wakefield", kind="transfer_in", date="2027-01-19", time="10:30", received=d("2027-01-14 12:30"),
         sender=("Joanne Pickersgill", "joanne.pickersgill"), ref="CD719955", form_code="SRU-BF-03 v4.2 (2026)",
         subject="Transfer in conference - ADEYEMI - 19 January 2027",
         body="Hello\n\nThe Adeyemi family have moved to Wakefield from Blackburn with Darwen and the children remain on child protection plans there. The transfer in conference is on Tuesday 19th January 2027 at 10.30am at Wakefield One. Booking form attached.\n\nJoanne Pickersgill\nSafeguarding and Review Unit\nWakefield Council",
         kids=["Precious Adeyemi \u2013 F \u2013 DOB 09/09/2015 \u2013 Castleford Academy", "David Adeyemi \u2013 M \u2013 DOB 13/04/2019 \u2013 Airedale Infant School", "Grace Adeyemi \u2013 F \u2013 DOB 27/07/2023 \u2013 at home"],
         grown=["Blessing Adeyemi \u2013 mother \u2013 DOB 11/12/1989", "Olumide Adeyemi \u2013 father (not in household, remains in Lancashire) \u2013 DOB 06/03/1985"],
         address="Refuge address \u2013 held by SW, not to be shared", lang="English and Yoruba \u2013 no interpreter",
         category="Emotional abuse (Blackburn with Darwen plan since 22/07/2026)",
         reason=["The children became subject to plans in Blackburn because of years of domestic abuse by Mr Adeyemi towards Ms Adeyemi, much of it in front of the children.",
                 "Lancashire Constabulary investigated an assault on Ms Adeyemi in June 2026; this ended with no further action in August when she withdrew support. The MARAC case closed in September 2026. Mr Adeyemi is not aware of the new address and there have been no incidents since the move in November.",
                 "Precious is very anxious and is not sleeping; David has become aggressive at school."],
         conf=[("Conference type", "Transfer in conference"), ("Date", "Tuesday 19 January 2027"), ("Time", "10:30"),
               ("Venue", "Wakefield One, Burton Street, Wakefield WF1 2EB"), ("Chair", "Martin Sykes"), ("CareDirector reference", "CD719955"),
               ("Originating authority", "Blackburn with Darwen Children's Services (SW Ellie Kaye)")],
         profs=["Social worker: Priya Lal, Wakefield Children's Social Care", "Refuge support worker \u2013 Wakefield Refuge", "Schools: Castleford Academy, Airedale Infant School", "Health visitor (Grace)"],
         ticks=[True, False],
         police_info="Historic only: Lancashire Constabulary investigation (June 2026) closed NFA. No West Yorkshire involvement.",
         exclusions="Mr Adeyemi is not invited; refuge address must not be disclosed.",
         completed="Priya Lal \u2013 07/01/2027",
         tick=True, children=[("Precious Adeyemi", "2015-09-09"), ("David Adeyemi", "2019-04-13"), ("Grace Adeyemi", "2023-07-27")],
         adults=["Blessing Adeyemi", "Olumide Adeyemi"], harm=["emotional"], criteria=["prior_unit_involvement"], expect="discuss",
         tags=["two-column-pdf", "district-wakefield", "transfer-in", "tick-attend", "hard-negative-da", "prior-unit-involvement", "late-notice", "report-due-on-day-received"],
         notes="DA investigation NFA and MARAC closed: not current DA involvement; historical matter only; the form asks for police -> discuss; 3 working days' notice (late for a transfer in) and the report is due on the day received (not passed)"),
    dict(slug="n-66-07-leeds-rcpc-two-column-core-group-late-notice", tmpl=LD,
         district="leeds", kind="review", date="2027-02-01", time="14:00", received=d("2027-01-20 09:40"),
         sender=("Bethany Okafor", "bethany.okafor"), ref="MOS560178", form_code="ISU/REQ/2 \u2013 Leeds Children and Families",
         subject="Review conference request - CHOWDHURY - Mon 1 Feb 2027 2pm",
         body="Hi\n\nApologies for the short notice - the review was moved to fit the chair's diary. Request attached: Review CPC for Ayaan and Inaya Chowdhury, Monday 1st February 2027 at 2pm, Merrion House.\n\nBethany Okafor\nIntegrated Safeguarding Unit | Leeds City Council",
         kids=["Ayaan Chowdhury \u2013 DOB 11/11/2012 \u2013 Roundhay School", "Inaya Chowdhury \u2013 DOB 03/03/2016 \u2013 Roundhay School (primary phase)"],
         grown=["Nasreen Chowdhury \u2013 mum \u2013 DOB 15/08/1984", "Shahid Chowdhury \u2013 dad \u2013 DOB 02/12/1979"],
         address="88 Street Lane, Roundhay, Leeds LS8", lang="Bengali \u2013 interpreter for dad",
         category="Physical abuse (plan category)",
         reason=["Second review. The plan started after Ayaan disclosed being hit with a belt by his dad. Since the last review dad has completed a parenting course and both children say things are calmer, but Ayaan told his teacher in December that dad 'still shouts and throws things'.",
                 "Core group has met four times. PC Lucy Garside from the Leeds District Safeguarding Unit is a member of the core group, has attended every meeting and does joint visits with the social worker under the plan."],
         conf=[("Conference type", "Review CPC (2nd review)"), ("Date", "Monday 01/02/2027"), ("Start time", "2.00pm"), ("Location", "Merrion House, 110 Merrion Centre, Leeds \u2013 Room 4.12"),
               ("Chair", "Gareth Nwosu"), ("Mosaic ID", "MOS560178"), ("Social worker", "Callum Fraser, North East team")],
         profs=["Police \u2013 PC Lucy Garside (core group member)", "School \u2013 Roundhay School DSL", "School nurse", "Family support \u2013 Cluster family worker"],
         ticks=[True, False],
         police_info="The investigation into the belt incident ended in October 2026 with a community resolution. Police remain in the core group.",
         exclusions="None.",
         completed="Callum Fraser \u2013 19/01/2027",
         tick=True, children=[("Ayaan Chowdhury", "2012-11-11"), ("Inaya Chowdhury", "2016-03-03")],
         adults=["Nasreen Chowdhury", "Shahid Chowdhury"], harm=["physical"], criteria=["core_group_member", "prior_unit_involvement"], expect="attend",
         tags=["two-column-pdf", "district-leeds", "review", "tick-attend", "core-group", "late-notice"],
         notes="police core group member on a review -> attend; Leeds review needs 10 working days, only 8 given"),
]


def main():
    out = []
    for c in CASES:
        t = c["tmpl"]
        c.update({k: v for k, v in t.items() if k not in c})
        c["ticks"] = list(zip(c["ticks"], t["tick_labels"]))
        texts = Texts()
        texts.add(c["subject"], c["body"])
        pdf = render_pdf(c, family_items(c), conf_items(c), texts)
        for ln in c["body"].split("\n\n"):
            texts.add(ln)
        fn = f"Booking form {c['ref']}.pdf".replace(" ", "_") if c["district"] in ("leeds", "kirklees") else f"Booking form {c['ref']}.pdf"
        texts.add(fn)
        eml = build_eml(c, c["subject"], c["body"], attachments=[(fn, "application", "pdf", pdf)])
        out.append(write_case(c, eml, texts))
    return out


if __name__ == "__main__":
    main()
