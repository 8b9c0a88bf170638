"""Layout 69: booking forms where every option is printed and the answer is shown by marking one.

Word versions: the chosen option is highlighted (yellow), set in bold, or the others are struck
through ("delete as appropriate"). PDF versions: the chosen option is circled with a pen-like
ellipse drawn over the text. The text layer therefore contains every option (Initial / Review /
Transfer in / Pre-birth..., Attendance required / Report only); only the formatting or the
drawing tells which one applies. Conference kind, category and the police answer are all marked.
"""
import math
from common import Texts, build_eml, write_case, d
from docxkit import new_doc, para, table, save
from pdfkit import new_canvas, sw, wrap, A4

LAYOUT = 69
KINDS = ["Initial", "Review", "Transfer in", "Pre-birth initial", "Pre-birth review"]
CATS = ["Neglect", "Physical", "Emotional", "Sexual"]
POLICE = ["Attendance required", "Report only"]
YESNO = ["Yes", "No"]


def runs_for(options, chosen, mode, sep="   /   "):
    out = []
    for i, o in enumerate(options):
        f = {}
        if mode == "highlight" and o in chosen:
            f = {"highlight": "YELLOW"}
        elif mode == "bold" and o in chosen:
            f = {"bold": True}
        elif mode == "strike" and o not in chosen:
            f = {"strike": True}
        out.append((o, f))
        if i < len(options) - 1:
            out.append((sep, {}))
    return out


def build_docx(c, texts):
    mode = c["mode"]
    doc = new_doc(author=c["sw"], title="Conference booking form")
    para(doc, texts, "OFFICIAL-SENSITIVE", bold=True)
    para(doc, texts, c["council"], bold=True, size=14)
    para(doc, texts, "CHILD PROTECTION CONFERENCE BOOKING FORM", bold=True, size=13)
    para(doc, texts, c["instruction"], size=9, runs=[(c["instruction"], {"italic": True, "size": 9})])
    m = c["marks"]
    rows = [["Section 1", "Conference"],
            ["Type of conference", runs_for(KINDS, m["kind"], mode)],
            ["Date", c["date_text"]], ["Time", c["time_text"]], ["Venue", c["venue"]], ["Chair", c["chair"]],
            ["Category (requested)", runs_for(CATS, m["cat"], mode)],
            ["Interpreter needed", runs_for(YESNO, m["interp"], mode)]]
    table(doc, texts, rows, widths=[5, 12.5])
    para(doc, texts, "")
    para(doc, texts, "Section 2 \u2013 Children", bold=True, size=11)
    table(doc, texts, [["Name", "Date of birth", "Gender", "School / setting"]] + c["kids"], widths=[5.5, 3, 2.5, 6.5])
    para(doc, texts, "")
    para(doc, texts, "Section 3 \u2013 Parents, carers and other significant adults", bold=True, size=11)
    table(doc, texts, [["Name", "Relationship", "Date of birth", "Parental responsibility"]] + c["grown"], widths=[5.5, 4.5, 3, 4.5])
    para(doc, texts, "")
    para(doc, texts, "Section 4 \u2013 Reason for conference", bold=True, size=11)
    for p in c["reason"]:
        para(doc, texts, p)
    para(doc, texts, "Section 5 \u2013 West Yorkshire Police", bold=True, size=11)
    rows = [["Police", runs_for(POLICE, m["police"], mode)],
            ["Police involvement known", c["police_info"]]]
    table(doc, texts, rows, header=False, widths=[5, 12.5])
    para(doc, texts, "")
    para(doc, texts, c["completed"])
    return save(doc)


def ellipse_around(cv, x, y, w, size, seed):
    """pen-like circle: two slightly different ellipses"""
    cv.saveState()
    cv.setStrokeColorRGB(0.1, 0.2, 0.75)
    cv.setLineWidth(1.1)
    for k, (dx, dy) in enumerate([(0, 0), (1.2 + seed % 2, -0.8)]):
        cv.ellipse(x - 6 + dx, y - 5 + dy, x + w + 6 + dx, y + size + 3 + dy, stroke=1, fill=0)
    cv.restoreState()


def build_pdf(c, texts):
    W, H = A4
    cv, buf = new_canvas(title="Conference booking form", author=c["council"])
    M = 48
    y = H - 50
    m = c["marks"]

    def txt(x, yy, s, font="DV", size=9.5):
        cv.setFont(font, size)
        cv.drawString(x, yy, s)
        texts.add(s)

    txt(W / 2 - 45, H - 30, "OFFICIAL-SENSITIVE", "DVB", 8)
    txt(M, y, c["council"], "DVB", 13)
    y -= 20
    txt(M, y, "CHILD PROTECTION CONFERENCE BOOKING FORM", "DVB", 12)
    y -= 15
    txt(M, y, c["instruction"], "DV", 8)
    y -= 14
    cv.line(M, y, W - M, y)
    y -= 20
    seed = [0]

    def options_row(label, options, chosen, yy):
        txt(M, yy, label, "DVB", 9.5)
        x = M + 150
        for o in options:
            w = sw(o, "DV", 9.5)
            txt(x, yy, o)
            if o in chosen:
                seed[0] += 1
                ellipse_around(cv, x, yy, w, 9.5, seed[0])
            x += w + 30
        return yy - 24

    def field(label, value, yy):
        txt(M, yy, label, "DVB", 9.5)
        lines = wrap(value, "DV", 9.5, W - M - (M + 150))
        for ln in lines:
            txt(M + 150, yy, ln)
            yy -= 13
        texts.add(value)
        return yy - 6

    y = options_row("Type of conference", KINDS[:3], m["kind"], y)
    y = options_row("", KINDS[3:], m["kind"], y + 6)
    y = field("Date", c["date_text"], y)
    y = field("Time", c["time_text"], y)
    y = field("Venue", c["venue"], y)
    y = field("Chair", c["chair"], y)
    y = options_row("Category (requested)", CATS, m["cat"], y)
    y = options_row("Interpreter needed", YESNO, m["interp"], y)
    cv.line(M, y + 8, W - M, y + 8)
    y -= 8
    txt(M, y, "Children", "DVB", 10.5)
    y -= 15
    cols = [M, M + 170, M + 260, M + 320]
    for row in [["Name", "Date of birth", "Gender", "School / setting"]] + c["kids"]:
        for x, v in zip(cols, row):
            txt(x, y, v, "DVB" if row[0] == "Name" else "DV", 9)
        y -= 13
    y -= 8
    txt(M, y, "Parents, carers and other significant adults", "DVB", 10.5)
    y -= 15
    for row in [["Name", "Relationship", "Date of birth", "PR"]] + c["grown"]:
        for x, v in zip([M, M + 170, M + 300, M + 380], row):
            txt(x, y, v, "DVB" if row[0] == "Name" else "DV", 9)
        y -= 13
    y -= 8
    txt(M, y, "Reason for conference", "DVB", 10.5)
    y -= 15
    for p in c["reason"]:
        lines = wrap(p, "DV", 9.5, W - 2 * M)
        for ln in lines:
            txt(M, y, ln)
            y -= 12.5
        texts.add(p)
        if len(lines) > 1:
            texts.add("\n".join(lines))
        y -= 5
    cv.line(M, y + 6, W - M, y + 6)
    y -= 12
    y = options_row("West Yorkshire Police", POLICE, m["police"], y)
    y = field("Police involvement known", c["police_info"], y)
    txt(M, y - 6, c["completed"], "DV", 8.5)
    cv.showPage()
    cv.save()
    return buf.getvalue()


WF = "Wakefield Council \u2013 Safeguarding and Review Unit"
CD = "Calderdale Council \u2013 Child Protection Administration"
LD = "Leeds City Council \u2013 Integrated Safeguarding Unit"
BD = "Bradford Children's Services \u2013 Safeguarding and Reviewing Unit"
KL = "Kirklees Council \u2013 Conference Team"

CASES = [
    dict(slug="n-69-01-wakefield-icpc-docx-highlighted-options-fracture-investigation", fmt="docx", mode="highlight", council=WF,
         instruction="Highlight the options that apply.",
         district="wakefield", kind="initial", date="2026-12-18", time="09:30", received=d("2026-12-08 10:30"),
         sender=("Sadia Hussain", "sadia.hussain"), sw="Matthew Lumb",
         subject="CP conference booking - POPESCU - 18/12/2026",
         body="Morning,\n\nBooking form attached for the Popescu children - conference on 18/12/2026 at 9.30am. Could you let me know who will be covering please.\n\nThanks\nSadia Hussain\nSafeguarding and Review Unit, Wakefield Council",
         marks=dict(kind=["Initial"], cat=["Physical"], interp=["Yes"], police=["Attendance required"]),
         date_text="Friday 18 December 2026", time_text="9.30am", venue="Wakefield One, Burton Street \u2013 Room 2.12", chair="Alison Pratt",
         kids=[["Teodor Popescu", "11/03/2022", "Male", "Bright Beginnings Nursery"], ["Ana Popescu", "02/07/2024", "Female", "At home"]],
         grown=[["Elena Popescu", "Mother", "09/09/1996", "Yes"], ["Andrei Popescu", "Father", "14/01/1994", "Yes"]],
         reason=["Teodor (4) was taken to A&E on 1 December with a spiral fracture of his left thigh bone. The parents said he fell off the sofa, which the consultant paediatrician says does not explain the injury. A skeletal survey of Ana found no other injuries.",
                 "Both children are staying with the maternal aunt under a safety plan; the parents have supervised contact."],
         police_info="Both parents were interviewed under caution on 4 December. The police investigation into how Teodor was injured is ongoing (DC Farrah, Wakefield CPPU).",
         completed="Completed by Matthew Lumb, social worker, 07/12/2026",
         tick=True, children=[("Teodor Popescu", "2022-03-11"), ("Ana Popescu", "2024-07-02")], adults=["Elena Popescu", "Andrei Popescu"],
         harm=["physical"], criteria=["current_investigation"], expect="attend",
         tags=["docx-highlight", "district-wakefield", "initial", "tick-attend", "kind-by-highlight"],
         notes="highlighted options: Initial, Physical, Attendance required; parents interviewed under caution, investigation ongoing -> attend"),
    dict(slug="n-69-02-calderdale-rcpc-docx-bold-option-rso-uncle-report-only", fmt="docx", mode="bold", council=CD,
         instruction="Please make the answer that applies bold.",
         district="calderdale", kind="review", date="2027-01-12", time="13:30", received=d("2026-12-16 13:00"),
         sender=("Graham Whitworth", "graham.whitworth"), sw="Chantelle Fox",
         subject="Booking form - GREENWOOD - 12 January 2027 1.30pm",
         body="Hello\n\nPlease find the booking form attached for the Greenwood children's conference on 12 January 2027 at 1.30pm.\n\nGraham Whitworth\nChild Protection Administration\nCalderdale Council",
         marks=dict(kind=["Review"], cat=["Neglect"], interp=["No"], police=["Report only"]),
         date_text="Tuesday 12/01/2027", time_text="13:30", venue="Todmorden Town Hall, Council Chamber", chair="Patrick Mullarkey",
         kids=[["Harley Greenwood", "05/05/2015", "Male", "Todmorden High School"], ["Skye Greenwood", "12/06/2018", "Female", "Castle Hill Primary"],
               ["Ellis Greenwood", "23/11/2020", "Male", "Castle Hill Primary (Nursery)"], ["Bobbi Greenwood", "30/08/2023", "Female", "At home"]],
         grown=[["Leanne Greenwood", "Mother", "17/02/1991", "Yes"], ["Craig Barraclough", "Father of Ellis and Bobbi", "03/10/1988", "Yes (Ellis, Bobbi)"],
                ["Pauline Greenwood", "Maternal grandmother (lives in the home)", "22/04/1965", "No"]],
         reason=["The children have been on plans under the category of neglect since the ICPC in October. The house has improved with the help of the family support worker but the children's clothes are still dirty and Bobbi's weight remains low.",
                 "Harley has been late to school most days and Skye has had head lice all term. Ms Greenwood's brother, Kevin Greenwood, stays at the house three or four nights a week; he is a registered sex offender (indecent images, 2022) and the family have not told school."],
         police_info="A PCSO made a welfare visit in October at the school's request. The police are not investigating and have no current involvement with the family.",
         completed="Completed by Chantelle Fox, social worker, 15/12/2026",
         tick=False, children=[("Harley Greenwood", "2015-05-05"), ("Skye Greenwood", "2018-06-12"), ("Ellis Greenwood", "2020-11-23"), ("Bobbi Greenwood", "2023-08-30")],
         adults=["Leanne Greenwood", "Craig Barraclough", "Pauline Greenwood", "Kevin Greenwood"], harm=["neglect"], criteria=["registered_sex_offender"], expect="discuss",
         tags=["docx-bold", "district-calderdale", "review", "tick-report", "four-children", "hard-negative-wilful-neglect", "rso"],
         notes="bold options: Review, Neglect, Report only; an RSO uncle stays in the home several nights a week -> review discuss despite report only"),
    dict(slug="n-69-03-leeds-icpc-pdf-circled-options-cse-report-only", fmt="pdf", council=LD,
         instruction="Circle the options that apply. Forms that are not fully completed will be returned.",
         district="leeds", kind="initial", date="2027-01-06", time="13:30", received=d("2026-12-21 11:00"),
         sender=("Bethany Okafor", "bethany.okafor"), sw="Hannah Sowerby",
         subject="Conference booking form - KERR - 06.01.27",
         body="Hi\n\nBooking form attached for Jade Kerr, conference 06.01.27 at 1.30pm on Teams. Reports to ISU 24 hours before.\n\nBethany\nIntegrated Safeguarding Unit | Leeds City Council",
         marks=dict(kind=["Initial"], cat=["Sexual"], interp=["No"], police=["Report only"]),
         date_text="06/01/2027", time_text="1.30pm", venue="Microsoft Teams", chair="Gareth Nwosu",
         kids=[["Jade Kerr", "17/02/2011", "Female", "Leeds West Academy"]],
         grown=[["Lorraine Kerr", "Mother", "26/06/1983", "Yes"], ["Steven Kerr", "Father (Bradford)", "19/03/1980", "Yes"]],
         reason=["On 12 December Jade was found by hotel staff in a city-centre hotel room with two adult men she had met online. The Leeds Child Exploitation team have assessed her as at significant risk of child sexual exploitation.",
                 "Mum cannot stop Jade leaving the house at night and Jade has been missing five times since October."],
         police_info="Missing reports made by mum. Officers attended the hotel.",
         completed="Completed by Hannah Sowerby, social worker, 18/12/2026",
         tick=False, children=[("Jade Kerr", "2011-02-17")], adults=["Lorraine Kerr", "Steven Kerr"],
         harm=["sexual"], criteria=["child_sexual_exploitation"], expect="discuss",
         tags=["pdf-circled", "district-leeds", "initial", "tick-report", "cse", "kind-by-circle"],
         notes="circled: Initial, Sexual, Report only; CSE considered risk alone in Leeds -> discuss"),
    dict(slug="n-69-04-bradford-transfer-in-pdf-circled-child-cruelty-investigation", fmt="pdf", council=BD,
         instruction="Please circle one option in each row unless stated.",
         district="bradford", kind="transfer_in", date="2027-01-18", time="10:00", received=d("2027-01-07 15:00"),
         sender=("Shabana Akhtar", "shabana.akhtar"), sw="Daniel Nkemelu",
         subject="Booking form - WARSAME - 18/01/2027 10am",
         body="Good afternoon\n\nPlease see attached booking form for the Warsame children, conference Monday 18th January at 10am, Britannia House.\n\nShabana Akhtar\nSafeguarding and Reviewing Unit, Bradford",
         marks=dict(kind=["Transfer in"], cat=["Neglect"], interp=["Yes"], police=["Attendance required"]),
         date_text="Monday 18 January 2027", time_text="10:00", venue="Britannia House, Hall Ings, Bradford \u2013 Room 3", chair="Ewa Sadowska",
         kids=[["Abdirahman Warsame", "02/02/2016", "Male", "Lilycroft Primary"], ["Hodan Warsame", "14/08/2018", "Female", "Lilycroft Primary"], ["Sagal Warsame", "19/10/2022", "Female", "At home"]],
         grown=[["Faadumo Warsame", "Mother", "01/07/1992", "Yes"], ["Abdi Hussein", "Father (Birmingham)", "12/05/1986", "Yes"]],
         reason=["The children are subject to plans in Birmingham (category neglect) and moved to Bradford with their mother in November.",
                 "On 29 December the three children were left alone overnight in the flat with no heating and Sagal (4) was found by a neighbour in the stairwell in her nightclothes."],
         police_info="West Yorkshire Police have opened a child cruelty investigation (section 1 Children and Young Persons Act 1933) into the events of 29 December and Ms Warsame was interviewed under caution on 5 January.",
         completed="Completed by Daniel Nkemelu, social worker, 06/01/2027",
         tick=True, children=[("Abdirahman Warsame", "2016-02-02"), ("Hodan Warsame", "2018-08-14"), ("Sagal Warsame", "2022-10-19")],
         adults=["Faadumo Warsame", "Abdi Hussein"], harm=["neglect"], criteria=["wilful_neglect_investigation"], expect="attend",
         tags=["pdf-circled", "district-bradford", "transfer-in", "tick-attend", "wilful-neglect", "kind-by-circle"],
         notes="circled: Transfer in, Neglect, Attendance required; active s1 CYPA child cruelty investigation -> attend (Wakefield rules)"),
    dict(slug="n-69-05-kirklees-prebirth-docx-both-police-options-highlighted", fmt="docx", mode="highlight", council=KL,
         instruction="Highlight the options that apply.",
         district="kirklees", kind="initial", pre_birth=True, date="2027-01-21", time="11:00", received=d("2027-01-11 09:20"),
         sender=("Joanne Haigh", "joanne.haigh"), sw="Parminder Bains",
         subject="Conference booking form - Unborn KAUR - 21/01/2027",
         body="Dear colleagues\n\nPlease see attached booking form - conference on Thursday 21st January 2027 at 11am, Huddersfield Civic Centre 3.\n\nJoanne Haigh\nConference Co-ordinator, Kirklees Council",
         marks=dict(kind=["Pre-birth initial"], cat=["Neglect"], interp=["No"], police=["Attendance required", "Report only"]),
         date_text="21/01/2027", time_text="11.00am", venue="Civic Centre 3, Market Street, Huddersfield", chair="Jasbir Sandhu",
         kids=[["Unborn Kaur", "EDD 02/04/2027", "Not known", "\u2013"]],
         grown=[["Simran Kaur", "Mother", "30/11/1999", "Yes"], ["Jaspreet Singh Gill", "Father of the baby", "08/08/1997", "Yes (once born)"]],
         reason=["Simran has been drinking heavily throughout the pregnancy and was brought to A&E intoxicated twice in December. She has missed most antenatal appointments.",
                 "Simran was in an abusive relationship with a previous partner until 2019; he lives in Birmingham and has had no contact with her since. Jaspreet is supportive but works away during the week."],
         police_info="No current police involvement.",
         completed="Completed by Parminder Bains, social worker, 08/01/2027",
         tick=None, tick_ambiguous=True, both_marked=True, children=[("Unborn Kaur", None)], adults=["Simran Kaur", "Jaspreet Singh Gill"],
         harm=["neglect"], criteria=[], expect="discuss",
         tags=["docx-highlight", "district-kirklees", "pre-birth", "initial", "tick-both", "hard-negative-da"],
         notes="both police options highlighted: ambiguous, so discuss under Wakefield §4.6 (Kirklees uses Wakefield rules); historical DA with an ex-partner is not a criterion"),
    dict(slug="n-69-06-wakefield-rcpc-pdf-circled-placed-on-ppo-no-police-circle", fmt="pdf", council=WF,
         instruction="Circle the options that apply.",
         district="wakefield", kind="review", date="2027-01-26", time="10:00", received=d("2027-01-12 14:10"),
         sender=("Sadia Hussain", "sadia.hussain"), sw="Gemma Raistrick",
         subject="Booking form attached - ZHOU - 26/01/2027",
         body="Afternoon,\n\nAttached is the booking form for Mei Lin and Jun Zhou. The conference is on 26 January 2027 at 10am.\n\nSadia Hussain\nSafeguarding and Review Unit, Wakefield Council",
         marks=dict(kind=["Review"], cat=["Emotional", "Neglect"], interp=["Yes"], police=[]),
         date_text="Tuesday 26 January 2027", time_text="10.00am", venue="Pontefract Town Hall, Assembly Room", chair="Martin Sykes",
         kids=[["Mei Lin Zhou", "08/08/2014", "Female", "The King's School, Pontefract"], ["Jun Zhou", "30/03/2017", "Male", "Carleton Park Primary"]],
         grown=[["Xiaoling Zhou", "Mother", "02/12/1986", "Yes"], ["Wei Zhou", "Father", "25/05/1983", "Yes"], ["Lan Chen", "Maternal aunt (carer)", "16/09/1990", "No"]],
         reason=["The children have been on plans since September because of their father's depression and drinking and their mother's long working hours.",
                 "On 27 December 2026 Mr Zhou was taken to hospital after an overdose while he was the only adult at home. Officers placed Mei Lin and Jun on a PPO that night and took them to their maternal aunt, where they remain by agreement now that the police protection has ended.", "Mr Zhou is also on police bail for assaulting Mrs Zhou in November. The case was heard at MARAC on 10/12/2026 and a police domestic abuse officer is working with Mrs Zhou."],
         police_info="PPO 27/12/2026 (ended on placement with aunt). Father on bail (assault on mother).",
         completed="Completed by Gemma Raistrick, social worker, 11/01/2027",
         tick=None, tick_ambiguous=True, children=[("Mei Lin Zhou", "2014-08-08"), ("Jun Zhou", "2017-03-30")], adults=["Xiaoling Zhou", "Wei Zhou", "Lan Chen"],
         harm=["emotional", "neglect"], criteria=["police_protection", "domestic_abuse_current_involvement"], expect="discuss",
         tags=["pdf-circled", "district-wakefield", "review", "tick-neither", "police-protection"],
         notes="circled: Review, Emotional+Neglect, no police option circled; children placed in police protection since the last conference -> review discuss"),
    dict(slug="n-69-07-calderdale-icpc-docx-strikethrough-rso-checks-negative", fmt="docx", mode="strike", council=CD,
         instruction="Delete (strike through) the options that do not apply.",
         district="calderdale", kind="initial", date="2027-01-28", time="14:00", received=d("2027-01-18 10:00"),
         sender=("Graham Whitworth", "graham.whitworth"), sw="Ibrahim Sesay",
         subject="CP conference booking form - BYRNE - 28/01/2027 2pm",
         body="Dear colleague\n\nBooking form attached for Ciara and Sean Byrne - 28/01/2027 at 2pm, Northgate House.\n\nGraham Whitworth\nChild Protection Administration, Calderdale Council",
         marks=dict(kind=["Initial"], cat=["Emotional"], interp=["No"], police=["Report only"]),
         date_text="Thursday 28 January 2027", time_text="2.00pm", venue="Northgate House, Halifax \u2013 Room 1.05", chair="Sharon Ellwood",
         kids=[["Ciara Byrne", "13/01/2013", "Female", "Brighouse High School"], ["Sean Byrne", "07/07/2015", "Male", "Field Lane Primary"]],
         grown=[["Niamh Byrne", "Mother", "04/10/1989", "Yes"], ["Gary Lumb", "Mother's partner (since 2025)", "18/02/1985", "No"]],
         reason=["Ciara and Sean describe Mr Lumb shouting, punching doors and calling them names, and say they are frightened to go home. Ciara has stopped eating at home.",
                 "Ms Byrne works as a registered childminder and is worried about losing her registration, so she minimises what happens."],
         police_info="RSO checks on Mr Lumb were negative and he is not known to police for offences against children. No police involvement with the family.",
         completed="Completed by Ibrahim Sesay, social worker, 15/01/2027",
         tick=False, children=[("Ciara Byrne", "2013-01-13"), ("Sean Byrne", "2015-07-07")], adults=["Niamh Byrne", "Gary Lumb"],
         harm=["emotional"], criteria=[], expect="report_only",
         tags=["docx-strikethrough", "district-calderdale", "initial", "tick-report", "hard-negative-rso", "registered-childminder"],
         notes="options not applying are struck through (Attendance required struck); RSO checks negative and 'registered childminder' are traps -> report only"),
]


def main():
    for c in CASES:
        texts = Texts()
        texts.add(c["subject"], c["body"])
        for ln in c["body"].split("\n\n"):
            texts.add(ln)
        if c["fmt"] == "docx":
            data = build_docx(c, texts)
            fn = f"CP booking form - {c['children'][0][0].split()[-1].upper()}.docx"
            att = (fn, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", data)
        else:
            data = build_pdf(c, texts)
            fn = f"Booking form {c['date_text'].replace('/', '-')}.pdf"
            att = (fn, "application", "pdf", data)
        texts.add(fn)
        eml = build_eml(c, c["subject"], c["body"], attachments=[att])
        write_case(c, eml, texts)


if __name__ == "__main__":
    main()
