"""Layout 52: multi-page landscape PDF booking form; the household table runs over the page
break (header row repeated, a row split across pages) and the last page is stored portrait
with /Rotate 90 (content turned)."""
import datetime as dt
import random
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from common import attach, build, set_headers, trace, write_case
from l51 import HOSTS, TO
from pdfkit import Doc

UTC = dt.timezone.utc
random.seed(52)
HEAD = ["Name", "Relationship to child", "D.O.B.", "Address", "In household?", "Agency involvement / notes"]
WID = [16, 13, 8, 20, 8, 35]
PROS = [("GP", "Registered – see health records"), ("HV / school nurse", "Invited"),
        ("School / setting DSL", "Invited"), ("West Yorkshire Police", "Invited – see Section E"),
        ("Housing", "Invited if tenant"), ("Probation", "If applicable"),
        ("Substance misuse", "If applicable"), ("Interpreter booked", "See Section A"),
        ("Advocacy offered", "Yes"), ("Exclusions requested", "None"),
        ("CAMHS", "If open"), ("Family Hub", "Invited")]


def form(council, unit, pairs, rows, reason, police, ticks, signoff, extra_rows_title="Section B \u2013 Household members and significant others (continued)", reason_first=True):
    d = Doc(f"{council} \u2013 {unit}", "Request for Child Protection Conference v4.2 (rev. 03/2024)")
    d.new_page()
    d.text(40, d.y, "REQUEST FOR CHILD PROTECTION CONFERENCE", "DVB", 14)
    d.y -= 24
    d.heading("Section A \u2013 Conference details")
    d.fields(pairs)
    d.heading("Section A2 – Professionals to be invited")
    d.fields(PROS)
    if reason_first:
        d.heading("Section B \u2013 Reason for requesting conference")
        d.para(reason)
    d.heading("Section C \u2013 Household members and significant others" if reason_first else "Section B \u2013 Household members and significant others")
    d.table(HEAD, WID, rows, extra_rows_title.replace("Section B", "Section C") if reason_first else extra_rows_title)
    if not reason_first:
        d.heading("Section C \u2013 Reason for requesting conference")
        d.para(reason)
    d.new_page(rotated=True)
    d.heading("Section D \u2013 Police involvement (known to social care)")
    d.para(police)
    d.heading("Section E \u2013 West Yorkshire Police (tick one)")
    d.tick(ticks)
    d.heading("Section F \u2013 Completed by")
    d.para(signoff)
    return d.finish(), d.src


def emit(name, district, sender, subject, body, recv, pdfname, pdf, src, label):
    host, ip, dom = HOSTS[district]
    sent = recv - dt.timedelta(minutes=random.randint(2, 25))
    msg = MIMEMultipart("mixed")
    set_headers(msg, sender, TO[district], subject, sent, dom, {"X-Mailer": "Microsoft Outlook 16.0", "X-MS-Has-Attach": "yes"})
    msg.attach(MIMEText(body, "plain", "utf-8"))
    msg.attach(attach(pdf, "application", "pdf", pdfname))
    label = dict(label)
    label["source_texts"] = [subject, body, pdfname] + src
    write_case(name, build(msg, trace(host, ip, recv, sent, dom)), label, recv)


def sig(name, role, org, tel):
    return f"\n\nKind regards\n\n{name}\n{role}\n{org}\nTel: {tel}\n"


def c01():
    rows = [
        ["Shanice Ogunbiyi-Clarke", "Mother", "14/02/1992", "7 Ravenscliffe Avenue, Bradford BD10 0LT", "Yes", "Known to CSC since 2015; previous CIN plan closed 2022."],
        ["Tyreece Clarke", "Subject child", "03/09/2010", "As above", "Yes", "Year 11, Immanuel College. Attendance 71%."],
        ["Kiara Clarke", "Subject child", "21/01/2013", "As above", "Yes", "Year 8. Told her form tutor she does not like it when \u201cDean\u201d stays over."],
        ["Marley Ogunbiyi", "Subject child", "11/11/2015", "As above", "Yes", "Year 6."],
        ["Nia Ogunbiyi", "Subject child", "30/06/2018", "As above", "Yes", "Year 3. Speech and language therapy."],
        ["Jayden Ogunbiyi", "Subject child", "17/04/2021", "As above", "Yes", "Nursery 15 hrs."],
        ["Amara Ogunbiyi", "Subject child", "09/10/2024", "As above", "Yes", "Health visitor: Liz Atha. Immunisations up to date."],
        ["Femi Ogunbiyi", "Father of Marley, Nia, Jayden, Amara", "02/08/1988", "Flat 3, 19 Manningham Lane, BD8 7JB", "No", "Has regular contact every other weekend. No concerns raised about contact."],
        ["Dean Royston", "Mother\u2019s partner (not a parent)", "25/12/1979", "No fixed abode \u2013 stays at the family home 3\u20134 nights a week", "Part",
         "Mr Royston is a registered sex offender (convicted 2017, sexual assault of a child under 13) and is subject to notification requirements. "
         "He has not disclosed the relationship to his offender manager. Ms Ogunbiyi-Clarke says he \u201cjust stays over sometimes\u201d and she did not know about his conviction. "
         "Bradford MOSOVO were informed on 29/12/2026."],
        ["Patricia Clarke", "Maternal grandmother", "08/03/1965", "12 Idle Road, BD2 4NS", "No", "Protective; offering to have the children to stay."],
    ]
    pdf, src = form("Bradford Children\u2019s Social Care", "Conference & Review Team",
                    [("Conference type", "Initial CPC"), ("Date", "14/01/2027"), ("Time", "10.00"),
                     ("Venue", "Britannia House, Hall Ings BD1 1HX \u2013 Room 4"), ("Chair", "Rukhsana Begum"),
                     ("Social worker", "Daniel Crabtree"), ("Team", "Bradford North Assessment 2"),
                     ("Category", "Sexual abuse (risk of)"), ("Interpreter", "Not required")],
                    rows,
                    "Strategy discussion 30/12/2026 agreed s47 enquiries following information that Ms Ogunbiyi-Clarke\u2019s partner Dean Royston, "
                    "a registered sex offender, is staying at the family home overnight. Kiara has said she does not like it when he stays over and "
                    "that he comes into the girls\u2019 room \u201cto say goodnight\u201d. No disclosure of sexual harm has been made. Mother has been asked "
                    "to stop Mr Royston staying and has signed a written agreement, but neighbours report he was at the house on 02/01/2027.",
                    "MOSOVO (Bradford) manage Mr Royston. PC Anwar is the offender manager. No current criminal investigation.",
                    [(True, "Police attendance required"), (False, "Written report sufficient")],
                    "Daniel Crabtree, Social Worker, 04/01/2027. Team Manager: Helen Mirfield.", reason_first=False)
    body = ("Hi\n\nPlease see attached request for ICPC for the Ogunbiyi/Clarke children (7 children). It's a big family so the "
            "household table runs onto page 2, sorry. Conference is Thurs 14th Jan at 10am, Britannia House.\n\nPolice attendance "
            "is requested - see section E (last page, it's printed sideways)." +
            sig("Daniel Crabtree", "Social Worker | Bradford North Assessment 2", "Bradford Children and Families Trust", "01274 434 271"))
    emit("K-52-01-bradford-icpc-large-family-rso-partner", "bradford",
         "Daniel Crabtree <daniel.crabtree@bradford.gov.uk>",
         "ICPC request - OGUNBIYI / CLARKE children - 14.01.2027", body,
         dt.datetime(2027, 1, 5, 11, 20, 6, tzinfo=UTC), "ICPC request Ogunbiyi-Clarke.pdf", pdf, src,
         dict(district="bradford", kind="initial", date="2027-01-14", time="10:00",
              police_attendance_requested=True, harm_categories=["sexual"],
              children=[{"name": "Tyreece Clarke", "date_of_birth": "2010-09-03"},
                        {"name": "Kiara Clarke", "date_of_birth": "2013-01-21"},
                        {"name": "Marley Ogunbiyi", "date_of_birth": "2015-11-11"},
                        {"name": "Nia Ogunbiyi", "date_of_birth": "2018-06-30"},
                        {"name": "Jayden Ogunbiyi", "date_of_birth": "2021-04-17"},
                        {"name": "Amara Ogunbiyi", "date_of_birth": "2024-10-09"}],
              adults=["Shanice Ogunbiyi-Clarke", "Femi Ogunbiyi", "Dean Royston", "Patricia Clarke"],
              criteria=["registered_sex_offender"], decision="attend", flags_required=[],
              tags=["pdf-multipage", "table-continues", "row-split", "rotate-90", "district-bradford",
                    "initial", "tick-yes", "large-family", "rso-partner"],
              notes="Bradford uses Wakefield rules: RSO partner staying in the household -> attend; 6 children, table over two pages"))


def c02():
    rows = [
        ["Ellie-Grace Bottomley", "Subject child", "05/05/2019", "22 Lupset Crescent, Wakefield WF2 8RX", "Yes", "Reception class, St George\u2019s."],
        ["Finley Bottomley", "Subject child", "13/02/2022", "As above", "Yes", "Not in nursery."],
        ["Jade Bottomley", "Mother", "19/07/1999", "As above", "Yes",
         "Found by police intoxicated and unresponsive at home on 05/12/2026 with both children present and no other adult. "
         "Has since engaged with Turning Point. Previous police call-outs to the address (noise/disturbance) in 2025."],
        ["Connor Birkby", "Father", "28/01/1997", "HMP Leeds (remand, unrelated matter)", "No", "Not currently in contact."],
        ["Tracy Bottomley", "Maternal grandmother", "02/10/1970", "14 Snapethorpe Road, WF2 8NQ", "No", "Children placed with her by police; now under s20 agreement."],
    ]
    pdf, src = form("Wakefield Council", "Safeguarding and Review Unit",
                    [("Type", "Initial Child Protection Conference"), ("Date of conference", "Wed 16 December 2026"),
                     ("Time", "1.30pm"), ("Venue", "Wakefield One, Room G.21"), ("CareDirector ID", "CD-0501176"),
                     ("Chair", "Angela Swithenbank"), ("Social worker", "Oliver Newsome"), ("Category", "Neglect")],
                    rows,
                    "On 05/12/2026 police attended the home following a call from a neighbour. Ms Bottomley was found unresponsive; "
                    "Ellie-Grace and Finley were alone and hungry. Both children were placed under police protection (s46 Children Act 1989) "
                    "and taken to their maternal grandmother. The PPO was ended on 07/12/2026 when Ms Bottomley agreed to s20.",
                    "Police protection used 05/12/2026 (PC 4410 Hemingway). No criminal investigation \u2013 no offences identified.",
                    [(False, "Police attendance required"), (True, "Written report sufficient")],
                    "Oliver Newsome, Social Worker, Wakefield Assessment Team East, 07/12/2026.")
    body = ("Good morning,\n\nPlease find attached a booking form for an Initial Child Protection Conference (Bottomley children) "
            "on Wednesday 16th December 2026 at 1.30pm, Wakefield One.\n\nA police report is required by the chair three working days before." +
            sig("Karen Illingworth", "Business Support Officer, Safeguarding and Review Unit", "Wakefield Council", "01924 306122"))
    emit("K-52-02-wakefield-icpc-police-protection-tick-report", "wakefield",
         "Karen Illingworth <kILLINGWORTH@wakefield.gov.uk>",
         "ICPC - BOTTOMLEY - 16/12/2026 - OFFICIAL SENSITIVE", body,
         dt.datetime(2026, 12, 7, 9, 55, 30, tzinfo=UTC), "Booking form BOTTOMLEY.pdf", pdf, src,
         dict(district="wakefield", kind="initial", date="2026-12-16", time="13:30",
              police_attendance_requested=False, harm_categories=["neglect"],
              children=[{"name": "Ellie-Grace Bottomley", "date_of_birth": "2019-05-05"},
                        {"name": "Finley Bottomley", "date_of_birth": "2022-02-13"}],
              adults=["Jade Bottomley", "Connor Birkby", "Tracy Bottomley"],
              criteria=["police_protection"], decision="attend", flags_required=[],
              tags=["pdf-multipage", "table-continues", "rotate-90", "district-wakefield", "initial", "tick-no",
                    "police-protection"],
              notes="conference arises from s46 police protection -> attend (Wakefield item 4) although the form says written report: tickbox_conflict"))


def c03():
    rows = [
        ["Jessica Marsden", "Subject child", "16/08/2012", "3 Moorfield Terrace, Sowerby Bridge HX6 2LP", "Yes", "Year 9, Ryburn Valley High."],
        ["Kelly Marsden", "Mother", "01/03/1986", "As above", "Yes", "Works nights at a care home."],
        ["Shaun Pollard", "Stepfather", "12/09/1981", "As above (returned Nov 2026)", "Yes",
         "Investigated by Calderdale SGU in 2025 after Jessica alleged he touched her inappropriately; the case was NFA\u2019d in August 2025. "
         "Moved out under a safety plan, returned to the home in November 2026 without CSC being told."],
        ["Josh Marsden", "Sibling (adult)", "02/02/2004", "As above", "Yes", "Works away during the week."],
        ["Margaret Marsden", "Maternal grandmother", "19/04/1961", "21 Tuel Lane, Sowerby Bridge HX6 2ND", "No",
         "Jessica stays with her most weekends. Believes Jessica and has offered her a room if needed."],
        ["Ella Pollard", "Step-sister (Mr Pollard\u2019s daughter)", "03/03/2009", "Lives with her mother in Elland", "No",
         "Stays alternate weekends. No concerns known."],
    ]
    pdf, src = form("Calderdale Council", "Children\u2019s Social Care \u2013 Safeguarding & Quality Assurance",
                    [("Conference", "ICPC"), ("Date", "21.01.2027"), ("Time", "10:00"), ("Venue", "Halifax Town Hall, Crossley St"),
                     ("LCS number", "LCS-2094417"), ("Chair", "Mohammed Iqbal"), ("Social worker", "Fiona Greenwood"),
                     ("Category", "Sexual")],
                    rows,
                    "The 2025 police investigation into Mr Pollard was closed with no further action. Since he returned to the home the risk is "
                    "clearly escalating: Jessica has self-harmed twice in December, has told the school nurse that \u201che\u2019s started again\u201d "
                    "and that he comes into the bathroom when she is showering, and mother has told Jessica she must not \u201cmake things up again\u201d.",
                    "Previous significant involvement of Calderdale SGU (2025 investigation, NFA). A new referral was made to police on 11/01/2027 and a "
                    "strategy discussion is booked; social care are not aware whether a new investigation has been opened.",
                    [(True, "Police attendance required"), (False, "Written report sufficient")],
                    "Fiona Greenwood, Social Worker, Calderdale Assessment Team, 12/01/2027.")
    body = ("Dear CPPU,\n\nAttached is the conference request for Jessica Marsden. The ICPC is on 21/01/2027 at 10am at Halifax Town Hall.\n\n"
            "Fiona" + sig("Fiona Greenwood", "Social Worker, Assessment Team", "Calderdale Council | Horton Building", "01422 393 560"))
    emit("K-52-03-calderdale-icpc-nfa-then-escalation", "calderdale",
         "Fiona Greenwood <fiona.greenwood@calderdale.gov.uk>",
         "Conference request - J MARSDEN - ICPC 21/01", body,
         dt.datetime(2027, 1, 13, 16, 2, 44, tzinfo=UTC), "Conf request MARSDEN J.pdf", pdf, src,
         dict(district="calderdale", kind="initial", date="2027-01-21", time="10:00",
              police_attendance_requested=True, harm_categories=["sexual"],
              children=[{"name": "Jessica Marsden", "date_of_birth": "2012-08-16"}],
              adults=["Kelly Marsden", "Shaun Pollard", "Josh Marsden", "Margaret Marsden"],
              criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
              flags_required=[],
              tags=["pdf-multipage", "table-continues", "rotate-90", "district-calderdale", "initial", "tick-yes",
                    "nfa-then-escalation"],
              notes="2025 investigation NFA'd, offender back in home and new disclosures: escalation + prior SGU involvement -> attend (Calderdale)"))


def c04():
    rows = [
        ["Kai Nyambura-Hirst", "Subject child", "20/05/2017", "41 Seacroft Crescent, LS14 6NX", "Yes", "Year 4, Grange Farm Primary."],
        ["Zara Nyambura-Hirst", "Subject child", "08/08/2020", "As above", "Yes", "Reception."],
        ["Wanjiru Nyambura", "Mother", "13/04/1994", "As above", "Yes", "Engaging well with the Freedom Programme."],
        ["Callum Hirst", "Father", "30/10/1990", "Address withheld (bail address)", "No",
         "Charged with controlling/coercive behaviour and ABH against Ms Nyambura; awaiting trial at Leeds Crown Court (listed March 2027). "
         "Bail conditions: no contact with mother, not to enter LS14."],
        ["Grace Nyambura", "Maternal aunt", "22/02/1990", "Harehills, LS8", "No", "Main support to mother; collects children from school twice a week."],
        ["Kevin Hirst", "Paternal grandfather", "15/09/1962", "Garforth, LS25", "No", "Supervises the children\u2019s contact with their father\u2019s family (not with father)."],
    ]
    pdf, src = form("Leeds City Council", "Integrated Safeguarding Unit",
                    [("Conference type", "Review CPC (1st review)"), ("Date", "Friday 08/01/2027"), ("Time", "09:30"),
                     ("Venue", "Microsoft Teams"), ("Mosaic ID", "MOS-6621084"), ("Chair", "Hannah Kettlewell"),
                     ("Social worker", "Ifeoma Adeyemi"), ("Category", "Emotional")],
                    rows,
                    "First review of the child protection plan made on 14/10/2026 (emotional abuse \u2013 exposure to domestic abuse).",
                    "DC Rachel Oddy (Leeds Safeguarding Unit, Domestic Abuse team) is a named member of the core group and has attended "
                    "all three core groups; she updates on the bail conditions and the criminal case.",
                    [(False, "Police attendance required"), (False, "Written report sufficient")],
                    "Ifeoma Adeyemi, Social Worker, Leeds East, 10/12/2026. (Section E not completed \u2013 police are core group members.)")
    body = ("Hello,\n\nPlease find attached the request for the first review conference for Kai and Zara on 8 January 2027 (Teams).\n\n"
            "Reports to the ISU please 24 hours before." +
            sig("ISU Business Support", "Integrated Safeguarding Unit", "Leeds City Council, Merrion House", "0113 378 9686"))
    emit("K-52-04-leeds-rcpc-core-group-neither-ticked", "leeds",
         "ISU Business Support <isu.business.support@leeds.gov.uk>",
         "RCPC 08/01/2027 - NYAMBURA-HIRST", body,
         dt.datetime(2026, 12, 14, 10, 41, 2, tzinfo=UTC), "RCPC request NYAMBURA-HIRST.pdf", pdf, src,
         dict(district="leeds", kind="review", date="2027-01-08", time="09:30",
              police_attendance_requested=None, harm_categories=["emotional"],
              children=[{"name": "Kai Nyambura-Hirst", "date_of_birth": "2017-05-20"},
                        {"name": "Zara Nyambura-Hirst", "date_of_birth": "2020-08-08"}],
              adults=["Wanjiru Nyambura", "Callum Hirst", "Grace Nyambura", "Kevin Hirst"],
              criteria=["core_group_member", "domestic_abuse_current_involvement"], decision="attend",
              flags_required=["tickbox_ambiguous"],
              tags=["pdf-multipage", "table-continues", "rotate-90", "district-leeds", "review", "tick-neither",
                    "core-group"],
              notes="review with a DA officer in the core group -> attend (core group rule first); neither box ticked -> ambiguous"))


def c05():
    rows = [
        ["Aisha Patel", "Subject child", "02/12/2014", "9 Thornhill Lees Road, Dewsbury WF12 9DP", "Yes", "Year 7, Thornhill Community Academy."],
        ["Yusuf Patel", "Subject child", "25/03/2017", "As above", "Yes", "Year 5."],
        ["Rehana Patel", "Mother", "15/06/1989", "As above", "Yes", "Depression; under GP."],
        ["Irfan Patel", "Father", "04/01/1985", "As above", "Yes", "Working long hours as a taxi driver."],
        ["Khadija Patel", "Paternal grandmother", "1958", "As above", "Yes", "Limited English \u2013 Gujarati interpreter needed."],
        ["Zainab Patel", "Paternal aunt", "10/10/1991", "Savile Town, Dewsbury", "No", "Visits daily and helps with meals and the school run; has been a consistent support throughout the plan."],
        ["Imran Bhayat", "Family friend", "05/05/1984", "Batley", "No", "Drives Aisha to her after-school club on Tuesdays."],
    ]
    pdf, src = form("Kirklees Council", "Child Protection & Review Unit",
                    [("Conference type", "Review Child Protection Conference"), ("Date", "27/01/2027"), ("Time", "1pm"),
                     ("Venue", "Dewsbury Town Hall, Committee Room 2"), ("Chair", "Stephen Booth"),
                     ("Social worker", "Amy Ramsden"), ("Category", "Neglect"), ("Interpreter", "Gujarati")],
                    rows,
                    "Second review. Home conditions have improved; Aisha\u2019s school attendance is 94%. Dental treatment for Yusuf completed.",
                    "No police involvement since the last conference. No CSE or exploitation concerns have been identified. "
                    "Police were invited to the last review but sent a written report.",
                    [(False, "Police attendance required"), (False, "Written report sufficient")],
                    "Amy Ramsden, Social Worker, Dewsbury & Mirfield Family Support, 18/01/2027.")
    body = ("Please see attached.\n\nAmy" +
            sig("Amy Ramsden", "Social Worker", "Kirklees Council \u2013 Children & Families", "01924 325 900"))
    emit("K-52-05-kirklees-rcpc-neither-ticked-report-only", "kirklees",
         "Amy Ramsden <amy.ramsden@kirklees.gov.uk>",
         "RE: PATEL review conference 27.1.27", body,
         dt.datetime(2027, 1, 19, 12, 14, 9, tzinfo=UTC), "PATEL RCPC request.pdf", pdf, src,
         dict(district="kirklees", kind="review", date="2027-01-27", time="13:00",
              police_attendance_requested=None, harm_categories=["neglect"],
              children=[{"name": "Aisha Patel", "date_of_birth": "2014-12-02"},
                        {"name": "Yusuf Patel", "date_of_birth": "2017-03-25"}],
              adults=["Rehana Patel", "Irfan Patel", "Khadija Patel", "Zainab Patel"],
              criteria=[], decision="report_only", flags_required=["tickbox_ambiguous"],
              tags=["pdf-multipage", "table-continues", "rotate-90", "district-kirklees", "review", "tick-neither",
                    "negation"],
              notes="review with no criterion (police involvement and CSE negated), neither box ticked -> report only, ambiguous"))


def c06():
    rows = [
        ["Unborn baby Firth", "Subject (unborn) \u2013 EDD 12/03/2027", "EDD 12/03/2027", "32 Claremount Road, Halifax HX3 6AW", "\u2013", "Booked at Calderdale Royal; 26 weeks."],
        ["Kerry Firth", "Mother", "21/09/1998", "As above", "Yes",
         "Her first child (Tayla, b. 2019) was placed in police protection by Bradford officers in 2019 after being found with injuries and was later adopted. "
         "Ms Firth was arrested at the time (child neglect) \u2013 no charge."],
        ["Liam Greaves", "Father of unborn", "07/07/1995", "As above", "Yes", "Cannabis use. No known police history."],
        ["Donna Firth", "Maternal grandmother", "30/12/1972", "Ovenden, Halifax", "No", "Offering support after the birth; will be assessed as a possible carer."],
        ["Tayla (surname changed)", "Half-sibling \u2013 adopted 2020", "2019", "Not known (adopted)", "No", "No contact. Included for information only."],
        ["Pauline Greaves", "Paternal grandmother", "14/02/1969", "Illingworth, Halifax", "No", "Lives locally; limited contact with the couple."],
    ]
    pdf, src = form("Calderdale Council", "Children\u2019s Social Care \u2013 Safeguarding & Quality Assurance",
                    [("Conference", "Pre-birth ICPC"), ("Date", "29/01/2027"), ("Time", "14:00"), ("Venue", "Northgate House, Halifax"),
                     ("LCS number", "LCS-2101932"), ("Chair", "Mohammed Iqbal"), ("Social worker", "Bethany Clegg"),
                     ("Category", "Neglect")],
                    rows,
                    "Pre-birth assessment: mother\u2019s previous child was removed; concerns about her capacity to meet a baby\u2019s needs, "
                    "cannabis use in the home and the couple\u2019s volatile relationship (no DA reported to police).",
                    "The 2019 police protection and arrest are historical. DS Akhtar (Calderdale SGU) has agreed with the chair that police will attend "
                    "this conference because of the previous history.",
                    [(True, "Police attendance required"), (False, "Written report sufficient")],
                    "Bethany Clegg, Social Worker, Calderdale Children in Need Team, 20/01/2027.")
    body = ("Hi all\n\nPre-birth conference request attached for Kerry Firth / Liam Greaves (unborn baby, EDD 12/03/2027).\n\n"
            "Friday 29th January 2pm, Northgate House." +
            sig("Bethany Clegg", "Social Worker", "Calderdale Council", "01422 392 118"))
    emit("K-52-06-calderdale-prebirth-historic-ppo-agreed", "calderdale",
         "Bethany Clegg <bethany.clegg@calderdale.gov.uk>",
         "Pre-birth ICPC request - FIRTH (unborn) - 29/01/2027", body,
         dt.datetime(2027, 1, 21, 14, 30, 51, tzinfo=UTC), "Pre-birth request FIRTH.pdf", pdf, src,
         dict(district="calderdale", kind="initial", pre_birth=True, date="2027-01-29", time="14:00",
              police_attendance_requested=True, harm_categories=["neglect"],
              children=[{"name": "Unborn baby Firth", "date_of_birth": None}],
              adults=["Kerry Firth", "Liam Greaves", "Donna Firth", "Pauline Greaves"],
              criteria=["prior_unit_involvement", "negotiated_attendance"], decision="attend", flags_required=[],
              tags=["pdf-multipage", "rotate-90", "district-calderdale", "initial", "pre-birth", "tick-yes",
                    "historic-police-protection"],
              notes="2019 police protection is historical (not police_protection) but is prior unit involvement; DS agreed with chair -> attend"))


def c07():
    pdf, src = form("Wakefield Council", "Safeguarding and Review Unit",
                    [("Type", "ICPC"), ("Date of conference", "28/01/2027"), ("Time", "13:30")],
                    [["Lacey Hartley", "Subject child", "10/10/2016", "Airedale, Castleford", "Yes", "-"]],
                    "Physical abuse.", "Current police investigation.", [(True, "Police attendance required"), (False, "Written report sufficient")],
                    "Simon Waring")
    broken = pdf[: int(len(pdf) * 0.35)]  # transfer cut short: no xref, no trailer, broken streams
    body = ("Good afternoon\n\nPlease find attached the booking form for the ICPC for the Hartley children on Thursday 28th January 2027 "
            "at 1.30pm, Castleford Civic Centre.\n\nPlease could a report be provided to the chair three working days before." +
            sig("Simon Waring", "Business Support Officer, Safeguarding and Review Unit", "Wakefield Council", "01924 306 998"))
    emit("K-52-07-wakefield-icpc-truncated-pdf", "wakefield",
         "Simon Waring <simon.waring@wakefield.gov.uk>",
         "ICPC booking - HARTLEY - 28/01/2027", body,
         dt.datetime(2027, 1, 20, 13, 8, 19, tzinfo=UTC), "Booking form HARTLEY.pdf", broken, [],
         dict(district="wakefield", kind="initial", date="2027-01-28", time="13:30",
              police_attendance_requested=None, harm_categories=None, children=None, adults=None,
              criteria=[], decision="manual_review", flags_required=["unreadable_attachment", "no_booking_form"],
              unscored=["missing_reason", "missing_family_details", "tickbox_ambiguous"],
              tags=["pdf-truncated", "district-wakefield", "initial", "unreadable-attachment"],
              notes="PDF cut off mid-stream: unreadable and no booking form read elsewhere; the covering note alone gives date/kind -> manual_review"))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07):
        f()


if __name__ == "__main__":
    main()
