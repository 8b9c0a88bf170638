"""Layout 77: Children in Need census assessment-factor checklists beside a short reason."""
from common import Rec, Pdf, text_part, attach, multipart, send, label, utc
import dx

# factors with child / parent-carer / other-person sub-codes (A/B/C)
SPLIT = [("1", "Alcohol misuse"), ("2", "Drug misuse"), ("3", "Domestic abuse"), ("4", "Mental health"),
         ("5", "Learning disability"), ("6", "Physical disability or illness")]
SINGLE = [("7A", "Young carer"), ("9A", "Unaccompanied asylum-seeking child"), ("10A", "Going/being missing"),
          ("11A", "Child sexual exploitation"), ("12A", "Trafficking"), ("13A", "Gangs"),
          ("14A", "Socially unacceptable behaviour"), ("15A", "Self-harm"), ("16A", "Abuse or neglect - neglect"),
          ("17A", "Abuse or neglect - emotional abuse"), ("18A", "Abuse or neglect - physical abuse"),
          ("19A", "Abuse or neglect - sexual abuse"), ("20A", "Female genital mutilation"),
          ("22A", "Abuse linked to faith or belief"), ("23A", "Child criminal exploitation")]


def flat():
    out = []
    for code, name in SPLIT:
        for sub, who in (("A", "child"), ("B", "parent/carer"), ("C", "other person")):
            out.append((code + sub, "%s - %s" % (name, who)))
    return out + SINGLE


def c01():
    cid, slug = "p-77-01", "wakefield-icpc-pdf-factor-grid-da-marac"
    rec = Rec()
    p = Pdf(rec, title="ICPC booking - assessment factors")
    p.line("OFFICIAL-SENSITIVE", "DVB", 9)
    p.line("Wakefield Council \u2013 Safeguarding and Review Unit", "DV", 9)
    p.line("ICPC BOOKING \u2013 ASSESSMENT FACTORS AND REASON", "DVB", 12)
    p.space()
    p.table([130, 365], [
        ["Conference", "Initial Child Protection Conference"],
        ["Date & time", "Wednesday 30 December 2026, 10:00"],
        ["Venue", "Normanton Town Hall, Committee Room (in person)"],
        ["Chair", "Sarah Moxon"],
        ["SW / TM", "Liam Farrar / Kate Beever"],
        ["Children", "Jake Pollard 18/08/2015; Ruby Pollard 04/01/2019; Freddie Pollard 12/10/2023"],
        ["Adults", "Kerry Pollard (mother) 06/06/1990; Shaun Pollard (father) 29/01/1988 \u2013 currently not at the address"],
    ], header=False)
    p.space()
    p.line("Assessment factors at the end of the s47 (CIN census codes) \u2013 mark X in every column that applies", "DVB", 9)
    rows = [["Factor", "Child (A)", "Parent/carer (B)", "Other person (C)"]]
    ticks = {"3": ("", "X", ""), "2": ("", "X", ""), "4": ("", "X", "")}
    for code, name in SPLIT:
        a, b, c = ticks.get(code, ("", "", ""))
        rows.append(["%s %s" % (code, name), a, b, c])
    rows2 = [["Factor (child only)", "Applies"]]
    for code, name in SINGLE:
        rows2.append(["%s %s" % (code, name), "X" if code == "17A" else ""])
    p.table([200, 95, 100, 100], rows, size=8)
    p.space()
    p.table([300, 195], rows2, size=8)
    p.space()
    p.line("Reason for conference", "DVB", 10)
    p.para("On the night of 05/12/2026 Mr Pollard assaulted Ms Pollard in the kitchen, including strangling her until she nearly lost consciousness, while Jake and Ruby watched from the stairs. Jake ran to a neighbour's to ring 999.")
    p.para("Mr Pollard was arrested, charged with non-fatal strangulation and assault by beating and released on conditional bail not to contact Ms Pollard or go to Ashgrove Road. DASH assessed as high risk. The case was heard at MARAC on 10/12/2026 and PC Anna Whiteley (DA safeguarding officer, Wakefield DSU) is working with Ms Pollard, alongside an IDVA.")
    p.para("Both parents misuse cocaine at weekends; Ms Pollard has anxiety and depression.")
    p.space()
    p.line("Police attendance required:  [X]      Written report sufficient:  [ ]", "DVB", 9)
    fn = "ICPC booking POLLARD.pdf"
    rec.t(fn)
    body = rec.t("Morning,\n\nICPC booking for the Pollard children attached - 30/12/2026, 10am, Normanton Town Hall.\nReports to the Chair 3 working days before please (bearing in mind the bank holidays).\n\nThanks\nSRU Admin\nWakefield Council")
    msg = multipart("mixed", [text_part(body), attach(p.bytes(), "application", "pdf", fn)], cid)
    eml = send(cid, rec, msg, name="SRU Admin", addr="sru.admin@wakefield.gov.uk", district="wakefield",
               subject="ICPC POLLARD 30/12/2026", sent="2026-12-16 08:55", recv="2026-12-16 09:01")
    lab = label(cid, slug, rec=rec, district="wakefield", kind="initial", pre_birth=False, date="2026-12-30", time="10:00",
                tick=True, harm=["emotional"],
                children=[("Jake Pollard", "2015-08-18"), ("Ruby Pollard", "2019-01-04"), ("Freddie Pollard", "2023-10-12")],
                adults=["Kerry Pollard", "Shaun Pollard"], criteria=["domestic_abuse_current_involvement"], decision="attend",
                received=utc("2026-12-16 09:01"),
                tags=["pdf-table", "assessment-factor-grid", "child-parent-other-columns", "district-wakefield", "initial", "tick-attend", "christmas-bank-holidays"],
                notes="serious DA with current police involvement (charge, bail conditions, MARAC, DA officer): Wakefield item 6; the untouched 11A CSE row is a label only; the assault was on the mother so the children are not the subject of the investigation")
    return cid, slug, eml, lab


def c02():
    cid, slug = "p-77-02", "leeds-icpc-docx-factor-list-cce-not-cse-late"
    rec = Rec()
    doc = dx.new(rec, header="OFFICIAL-SENSITIVE")
    dx.para(doc, rec, "Leeds City Council \u2013 Children and Families", bold=True)
    dx.para(doc, rec, "Request for Initial Child Protection Conference", bold=True, size=12)
    dx.table(doc, rec, [
        ["Conference date", "23/12/2026"], ["Start time", "13:00"], ["Venue", "Merrion House, Room 7.04 / Teams"],
        ["Chair", "Philippa Garforth"], ["Social worker", "Shazia Bibi (Leeds Exploitation Hub)"],
        ["Child", "Kai Adeyemi, DOB 21/02/2010, Leeds City College"],
        ["Parent", "Funmilayo Adeyemi (mother), DOB 02/10/1979"],
        ["Category requested", "Neglect"],
    ], shade_first_col=True)
    dx.para(doc, rec, "Assessment factors identified (tick all that apply)", bold=True)
    items = flat()
    ticked = {"2A", "10A", "13A", "23A"}
    rows, row = [], []
    for code, name in items:
        row.append(("\u2612 " if code in ticked else "\u2610 ") + "%s %s" % (code, name))
        if len(row) == 3:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (3 - len(row)))
    dx.table(doc, rec, rows)
    dx.para(doc, rec, "Reason for request", bold=True)
    dx.para(doc, rec, "Kai has been missing from home nine times since August. He was found in Scarborough on 14/11/2026 and in Doncaster on 01/12/2026 with cash and wraps of crack cocaine; he is believed to be running a county line for an older Chapeltown group. An NRM referral (criminal exploitation) has been made. He was arrested on 01/12/2026 for possession with intent to supply and released under investigation.")
    dx.para(doc, rec, "The Leeds Exploitation Hub screening found no indicators of sexual exploitation. Ms Adeyemi works nights and has not been able to keep Kai at home; she has asked for help.")
    dx.para(doc, rec, "Is police attendance requested?", bold=True)
    dx.table(doc, rec, [["\u2612 Yes \u2013 the SW would value police input on the county line", "\u2610 No"]])
    fn = "ICPC request - ADEYEMI.docx"
    rec.t(fn)
    body = rec.t("Hello CPPU\n\nPlease find attached a request for an ICPC for Kai Adeyemi on 23rd December at 1pm. I know this is tight - the conference had to be brought forward before the Christmas closure. Reports to the ISU by 22/12 please.\n\nRegards\nShazia Bibi\nSocial Worker | Leeds Exploitation Hub")
    msg = multipart("mixed", [text_part(body), attach(dx.docx_bytes(doc), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)], cid)
    eml = send(cid, rec, msg, name="Shazia Bibi", addr="shazia.bibi@leeds.gov.uk", district="leeds",
               subject="ICPC request ADEYEMI - Wed 23/12", sent="2026-12-17 12:30", recv="2026-12-17 12:36")
    lab = label(cid, slug, rec=rec, district="leeds", kind="initial", pre_birth=False, date="2026-12-23", time="13:00",
                tick=True, harm=["neglect"], children=[("Kai Adeyemi", "2010-02-21")], adults=["Funmilayo Adeyemi"],
                criteria=[], decision="discuss", received=utc("2026-12-17 12:36"),
                tags=["docx-table", "assessment-factor-list", "glyph-ticks", "cce-not-cse", "child-as-suspect", "district-leeds", "initial", "tick-attend", "late-notice"],
                notes="CCE/county lines and gangs are ticked, CSE is not and screening found none; Kai's own RUI is for his offending, not abuse within the family: no criterion, police asked for: discuss; 4 working days' notice (late)")
    return cid, slug, eml, lab


def c03():
    cid, slug = "p-77-03", "calderdale-icpc-text-factor-checklist-cse"
    rec = Rec()
    lines = []
    ticked = {"10A", "11A", "15A", "1A"}
    for code, name in flat():
        lines.append("[%s] %s %s" % ("X" if code in ticked else " ", code, name))
    factors = "\n".join(lines)
    body = rec.t("""OFFICIAL-SENSITIVE

CALDERDALE CHILDREN'S SERVICES - INITIAL CHILD PROTECTION CONFERENCE
Notification to partner agencies

Date of conference : 07/01/2027
Time               : 10:30
Venue              : Halifax Town Hall, Room 2 (MS Teams available)
Chair              : Ian Crossley
Social worker      : Zoe Lumb (Duty & Assessment Team 2)

Child              : Evie Marsden   DOB 30/06/2012   F   Year 9, Brighouse High
Mother             : Joanne Marsden DOB 14/03/1984
Father             : Paul Marsden   DOB 22/08/1981

ASSESSMENT FACTORS (from the single assessment)
""" + factors + """

Summary of concerns
Evie told her form tutor on 08/12/2026 that she has been sleeping with a 22-year-old man who picks her up from the park and gives her vodka and cannabis. She has been missing overnight twice and is self-harming. The Calderdale Engage (exploitation) team screened her on 11/12/2026 and rated the risk of sexual exploitation as high. A strategy discussion with police took place on 14/12/2026; the man has not yet been identified.

Evie's parents are supportive and want her home safe.

Reports to CP Administration please.
Zoe Lumb
Social Worker, Calderdale Council""")
    msg = text_part(body)
    eml = send(cid, rec, msg, name="Zoe Lumb", addr="zoe.lumb@calderdale.gov.uk", district="calderdale",
               subject="ICPC 07/01/2027 MARSDEN", sent="2026-12-18 14:10", recv="2026-12-18 14:15")
    lab = label(cid, slug, rec=rec, district="calderdale", kind="initial", pre_birth=False, date="2027-01-07", time="10:30",
                tick=None, harm=["sexual"], children=[("Evie Marsden", "2012-06-30")], adults=["Joanne Marsden", "Paul Marsden"],
                criteria=["child_sexual_exploitation"], decision="discuss", received=utc("2026-12-18 14:15"),
                tags=["body-text", "assessment-factor-list", "bracket-ticks", "strategy-discussion-trap", "district-calderdale", "initial", "tick-absent"],
                notes="11A CSE ticked and the free text gives a high CSE risk; Calderdale's considerations do not list CSE: discuss; a strategy discussion with police is not an investigation")
    return cid, slug, eml, lab


def c04():
    cid, slug = "p-77-04", "kirklees-rcpc-html-factor-table-report-only"
    rec = Rec()
    h = rec.h
    ticks = {"1B", "4B", "17A"}
    rows = ""
    for code, name in SPLIT:
        cells = "".join('<td align="center">%s</td>' % (h("\u2714") if code + s in ticks else "&nbsp;") for s in "ABC")
        rows += "<tr><td>%s</td>%s</tr>" % (h("%s %s" % (code, name)), cells)
    for code, name in SINGLE:
        rows += '<tr><td>%s</td><td align="center">%s</td><td colspan="2" style="background:#eee">&nbsp;</td></tr>' % (
            h("%s %s" % (code, name)), h("\u2714") if code in ticks else "&nbsp;")
    intro = h("Hi, please see details of the review conference below.")
    hdrs = "".join("<th>%s</th>" % h(x) for x in ("Factor", "Child", "Parent / carer", "Other person"))
    details = "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (h(a), h(b)) for a, b in [
        ("Conference", "Review Child Protection Conference"),
        ("Date", "14 January 2027"), ("Time", "3.00pm"), ("Venue", "Dewsbury Town Hall, Room 12"),
        ("Children", "Leah Shaw (02/02/2013), Oliver Shaw (17/09/2016)"),
        ("Mother", "Michelle Shaw (05/12/1987)"),
        ("Plan category", "Emotional abuse")])
    reason = h("Second review. Ms Shaw's mental health has stabilised since she started with the community mental health team in October and she has been sober for eleven weeks. Leah's school attendance has improved to 93%. There has been no police involvement with the family since the last conference and none is recorded for Ms Shaw's current household.")
    tick = h("Police: \u2714 written report sufficient  \u2610 attendance requested")
    sig = h("Carl Wainwright | Conference & Review Service | Kirklees Council")
    html = f"""<html><head><style>td,th{{border:1px solid #999;padding:3px;font:10pt Arial}}</style></head><body>
<p>{intro}</p>
<table style="border-collapse:collapse">{details}</table>
<p><b>{h("Assessment factors (CIN census)")}</b></p>
<table style="border-collapse:collapse"><tr>{hdrs}</tr>{rows}</table>
<p><b>{h("Reason / progress")}</b><br>{reason}</p>
<p>{tick}</p>
<p>{sig}</p></body></html>"""
    msg = text_part(html, "html")
    eml = send(cid, rec, msg, name="Carl Wainwright", addr="carl.wainwright@kirklees.gov.uk", district="kirklees",
               subject="RCPC SHAW 14/01/2027 - OFFICIAL-SENSITIVE", sent="2026-12-21 10:02", recv="2026-12-21 10:05")
    lab = label(cid, slug, rec=rec, district="kirklees", kind="review", pre_birth=False, date="2027-01-14", time="15:00",
                tick=False, harm=["emotional"], children=[("Leah Shaw", "2013-02-02"), ("Oliver Shaw", "2016-09-17")],
                adults=["Michelle Shaw"], criteria=[], decision="report_only", received=utc("2026-12-21 10:05"),
                tags=["html-table", "assessment-factor-grid", "child-parent-other-columns", "district-kirklees", "review", "tick-report", "kirklees-wakefield-rules"],
                notes="ticked factors (parental alcohol, mental health, emotional abuse) are no police criterion; no police involvement: review report_only")
    return cid, slug, eml, lab


def c05():
    cid, slug = "p-77-05", "bradford-icpc-pdf-yes-no-factors-abe-rui-conflict"
    rec = Rec()
    p = Pdf(rec, title="ICPC booking")
    p.line("OFFICIAL-SENSITIVE", "DVB", 9)
    p.line("Bradford Children's Social Care \u2013 Initial Child Protection Conference booking", "DVB", 12)
    p.space()
    p.table([140, 355], [
        ["Date of ICPC", "Monday 4 January 2027"], ["Time", "10.00 am"], ["Venue", "Margaret McMillan Tower, Room 3"],
        ["Chair", "Graham Ackroyd"], ["SW", "Nadia Akram"],
        ["Child 1", "Aisha Mahmood \u2013 DOB 11/05/2017"], ["Child 2", "Hamza Mahmood \u2013 DOB 08/08/2014"],
        ["Mother", "Samina Mahmood \u2013 DOB 19/01/1986"], ["Father", "Asif Mahmood \u2013 DOB 03/07/1982"],
        ["Paternal uncle (household member)", "Tariq Mahmood \u2013 DOB 25/10/1990"],
    ], header=False)
    p.space()
    p.line("Assessment factors", "DVB", 10)
    yes = {"19A"}
    rows = [["Code", "Factor", "Yes / No"]]
    for code, name in [("3B", "Domestic abuse \u2013 parent/carer"), ("2B", "Drug misuse \u2013 parent/carer"),
                       ("10A", "Going/being missing"), ("11A", "Child sexual exploitation"), ("12A", "Trafficking"),
                       ("16A", "Neglect"), ("18A", "Physical abuse"), ("19A", "Sexual abuse"),
                       ("21", "Other (specify)")]:
        rows.append([code, name, "Yes" if code in yes else "No"])
    p.table([50, 300, 145], rows, size=8.5)
    p.space()
    p.line("Reason", "DVB", 10)
    p.para("On 15/12/2026 Aisha told her teacher that her uncle Tariq, who lives with the family, touches her \u201cunder her clothes\u201d when her parents are at the shop. This is a joint s47 with WYP Bradford Child Safeguarding Unit: Tariq Mahmood was arrested on 16/12/2026, interviewed and released under investigation, and has moved to a cousin's address in Keighley. Aisha was ABE interviewed on 18/12/2026 and a second interview is planned for January.")
    p.para("Mr and Mrs Mahmood are shocked and say they believe Aisha.")
    p.space()
    p.line("Police:   attendance required  \u2610      written report sufficient  \u2612", "DV", 10)
    fn = "ICPC booking MAHMOOD 04.01.27.pdf"
    rec.t(fn)
    body = rec.t("Dear colleague,\n\nPlease find attached the ICPC booking for Aisha and Hamza Mahmood on 04/01/2027 at 10am. Please note the office is closed on the bank holidays.\n\nConference Team, Bradford Children's Services\n(sent via CJSM)")
    msg = multipart("mixed", [text_part(body), attach(p.bytes(), "application", "pdf", fn)], cid)
    eml = send(cid, rec, msg, name="Conference Team", addr="cp.conferences@bradford.gov.uk.cjsm.net", district="bradford",
               subject="ICPC booking - MAHMOOD - 04/01/2027", sent="2026-12-22 10:55", recv="2026-12-22 11:00")
    lab = label(cid, slug, rec=rec, district="bradford", kind="initial", pre_birth=False, date="2027-01-04", time="10:00",
                tick=False, harm=["sexual"], children=[("Aisha Mahmood", "2017-05-11"), ("Hamza Mahmood", "2014-08-08")],
                adults=["Samina Mahmood", "Asif Mahmood", "Tariq Mahmood"], criteria=["current_investigation"],
                decision="attend", received=utc("2026-12-22 11:00"), required=["tickbox_conflict"],
                tags=["pdf-table", "assessment-factor-yes-no", "cjsm", "district-bradford", "initial", "tick-report", "tickbox-conflict", "christmas-bank-holidays", "bradford-wakefield-rules"],
                notes="current joint investigation of sexual abuse by a household member (arrest, RUI, ABE): attend by the Wakefield rules although the form ticks written report (tickbox_conflict); 'No' rows for CSE/DA are labels")
    return cid, slug, eml, lab


def c06():
    cid, slug = "p-77-06", "wakefield-rcpc-docx-subcolumn-factors-cse-review"
    rec = Rec()
    doc = dx.new(rec, header="OFFICIAL-SENSITIVE")
    dx.para(doc, rec, "Wakefield Council \u2013 Child Protection Review Conference: agency notification", bold=True, size=12)
    dx.table(doc, rec, [
        ["Review conference", "Wednesday 13 January 2027 at 1.30pm"],
        ["Venue", "Pontefract Family Hub \u2013 Room 1"],
        ["Chair", "Deborah Lynch"],
        ["Young person", "Brooke Cawthorne  DOB 25/11/2010"],
        ["Parents", "Stacey Cawthorne (mother) DOB 01/05/1982; Mark Cawthorne (father) DOB 13/09/1979"],
        ["Plan category", "Sexual abuse"],
        ["Core group", "SW (Rebecca Naylor), Pontefract Academy, CAMHS, Youth Justice Service, both parents"],
    ], shade_first_col=True)
    dx.para(doc, rec, "Assessment factors now present", bold=True)
    ticks = {"2A", "10A", "11A", "15A"}
    rows = [["Factor", "Child", "Parent/carer", "Other"]]
    for code, name in SPLIT:
        rows.append([name] + ["\u2612 " + code + s if code + s in ticks else "\u2610 " + code + s for s in "ABC"])
    for code, name in SINGLE:
        rows.append([name, ("\u2612 " if code in ticks else "\u2610 ") + code, "", ""])
    dx.table(doc, rec, rows, header=True)
    dx.para(doc, rec, "Progress since the initial conference", bold=True)
    dx.para(doc, rec, "Since the ICPC in October Brooke has been missing three more times. On 19/12/2026 she was found in a hotel room in Leeds city centre with two adult men. The Wakefield Child Exploitation Hub has re-assessed her risk of child sexual exploitation as significant and she is being discussed at the MACE panel in January.")
    dx.para(doc, rec, "Police are not members of the core group.")
    fn = "RCPC notification - CAWTHORNE.docx"
    rec.t(fn)
    body = rec.t("Please find attached notification of the review CPC for Brooke Cawthorne (13/01/2027, 13:30).\n\nSafeguarding and Review Unit\nWakefield Council")
    msg = multipart("mixed", [text_part(body), attach(dx.docx_bytes(doc), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)], cid)
    eml = send(cid, rec, msg, name="Safeguarding and Review Unit", addr="sru@wakefield.gov.uk", district="wakefield",
               subject="RCPC CAWTHORNE 13/01/2027", sent="2026-12-23 09:30", recv="2026-12-23 09:34")
    lab = label(cid, slug, rec=rec, district="wakefield", kind="review", pre_birth=False, date="2027-01-13", time="13:30",
                tick=None, harm=["sexual"], children=[("Brooke Cawthorne", "2010-11-25")], adults=["Stacey Cawthorne", "Mark Cawthorne"],
                criteria=["child_sexual_exploitation"], decision="discuss", received=utc("2026-12-23 09:34"),
                tags=["docx-table", "assessment-factor-grid", "child-parent-other-columns", "glyph-ticks", "district-wakefield", "review", "tick-absent"],
                notes="11A ticked and the text gives a significant CSE risk; police not in the core group: review rule discuss")
    return cid, slug, eml, lab


def c07():
    cid, slug = "p-77-07", "leeds-prebirth-html-factors-historic-da-report-only"
    rec = Rec()
    h = rec.h
    ticks = {"2B", "3B", "4B"}
    lis = "".join('<tr><td>%s</td><td>%s</td></tr>' % (h("%s %s" % (code, name)), h("\u2713" if code in ticks else "\u2013"))
                  for code, name in flat()[:18])
    info = "".join('<tr><th align="left">%s</th><td>%s</td></tr>' % (h(a), h(b)) for a, b in [
        ("Conference", "Pre-birth Initial Child Protection Conference"),
        ("Date and time", "Friday 8 January 2027, 10:00"),
        ("Venue", "Teams"),
        ("Unborn child", "Baby Dawson (unborn), EDD 20/04/2027"),
        ("Mother", "Ellie Dawson, 11/11/2001"),
        ("Father of baby", "Josh Beaumont, 28/05/2000"),
        ("Category", "Neglect")])
    reason = h("Ms Dawson is 24 weeks pregnant. Her first child, Lily (4), lives with the maternal grandmother under a special guardianship order made in 2024 because of neglect linked to Ms Dawson's cannabis use and depression. Ms Dawson experienced domestic abuse from a previous partner, Ashley Kerr, between 2021 and 2023; he now lives in Newcastle and has had no contact with her for over three years. There are no concerns about domestic abuse in her relationship with Mr Beaumont and there is no current police involvement with either parent.")
    afh = h("Assessment factors (\u2713 = present)")
    tickline = h("Police attendance requested: \u2610 Yes  \u2612 No \u2013 written report")
    html = f"""<html><body>
<div style="font-family:Verdana;font-size:10pt">
<p>{h("Dear CPPU,")}</p>
<p>{h("Please find the pre-birth conference details below (our form template is embedded for ease).")}</p>
<table border="1" cellspacing="0" cellpadding="3">{info}</table>
<p><b>{afh}</b></p>
<table border="1" cellspacing="0" cellpadding="2">{lis}</table>
<p><b>{h("Why is a conference needed?")}</b></p><p>{reason}</p>
<p>{tickline}</p>
<p>{h("Kind regards, Ruth Oyelaran, Social Worker, Leeds South CP Team")}</p>
</div></body></html>"""
    msg = text_part(html, "html")
    eml = send(cid, rec, msg, name="Ruth Oyelaran", addr="ruth.oyelaran@leeds.gov.uk", district="leeds",
               subject="Pre-birth ICPC - Baby DAWSON - 08.01.2027", sent="2026-12-24 09:52", recv="2026-12-24 10:00")
    lab = label(cid, slug, rec=rec, district="leeds", kind="initial", pre_birth=True, date="2027-01-08", time="10:00",
                tick=False, harm=["neglect"], children=[("Baby Dawson (unborn)", None)], adults=["Ellie Dawson", "Josh Beaumont"],
                criteria=[], decision="report_only", received=utc("2026-12-24 10:00"),
                tags=["html-table", "assessment-factor-list", "historic-da-elsewhere", "district-leeds", "pre-birth", "initial", "tick-report", "christmas-bank-holidays"],
                notes="3B domestic abuse is ticked but the text places it in a past relationship with a man who lives elsewhere with no contact; no police involvement: report_only")
    return cid, slug, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
