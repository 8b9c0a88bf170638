"""Layout 12: plain-text body from an older case-management system. ALL-CAPS labels with the value
on the next line, sections separated by rows of = or -, family in fixed-width padded columns."""
import datetime as dt

from common import Case, POLICE_TO, build_message, london, write_case

EQ = "=" * 66
DASH = "-" * 66


class Txt:
    def __init__(self, case):
        self.case = case
        self.out = []

    def raw(self, *lines):
        for ln in lines:
            self.out.append(ln)
            if ln.strip() and set(ln.strip()) - set("=-"):
                self.case.add(ln.strip())

    def field(self, label, *values):
        self.out.append(label)
        self.case.add(label)
        for v in values:
            self.out.append(v)
            self.case.add(v)
        self.case.add(label + "\n" + "\n".join(values))
        self.out.append("")

    def table(self, header, rows, widths):
        def fmt(cells):
            return "".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
        self.raw(fmt(header))
        for r in rows:
            self.raw(fmt(r))
            for c in r:
                self.case.add(c)
        self.out.append("")

    def text(self):
        return "\n".join(self.out).rstrip() + "\n"


def finish(case, t, subject, sent, local, sender, pre="", post=""):
    body = pre + t.text() + post
    case.add(pre.strip(), post.strip(), body.strip())
    eml = build_message(case.kw["district"], local, sender, POLICE_TO, subject, sent, case.kw["received"], text=body)
    return write_case(case, eml, subject)


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def c12a():
    cs = Case("c-12a-leeds-rcpc-plaintext-caps-core-group-attend",
              district="leeds", kind="review", date=dt.date(2026, 12, 16), time="13:30", tick=None,
              harm=["physical"], children=[("Harley Fenton", "2014-02-02"), ("Skye Fenton", "2017-10-25")],
              adults=["Michelle Fenton", "Gary Holdsworth"], criteria=["core_group_member"], decision="attend",
              received=london(2026, 11, 30, 10, 5),
              tags=["layout-12", "plain-text-caps", "district-leeds", "review", "tick-absent", "core-group", "caps-surnames"],
              notes="review: a named CPPU officer is a core group member with actions in the plan (Leeds 4.8) -> attend; 12 working days' notice meets Leeds' 10")
    t = Txt(cs)
    t.raw("OFFICIAL-SENSITIVE", EQ, "LEEDS CITY COUNCIL - CHILDREN AND FAMILIES", "CONFERENCE NOTIFICATION   FORM CPN-03   PRINTED 30-NOV-2026 09:58", EQ)
    t.field("CONFERENCE TYPE", "REVIEW CHILD PROTECTION CONFERENCE (2ND REVIEW)")
    t.field("CONFERENCE DATE", "16-DEC-2026")
    t.field("START TIME", "13:30")
    t.field("VENUE", "ST GEORGE HOUSE, 40 GREAT GEORGE STREET, LEEDS LS1 3DL - ROOM 2")
    t.field("CHAIR", "JANET OLDROYD (CP CHAIR)")
    t.field("CASE NO", "ESCR-0088417")
    t.raw(DASH, "SUBJECT CHILDREN", DASH)
    t.table(["NAME", "DOB", "SEX", "SCHOOL"],
            [["Harley FENTON", "02/02/2014", "M", "BRAMLEY PARK ACADEMY"],
             ["Skye FENTON", "25/10/2017", "F", "BRAMLEY PARK ACADEMY"]], [26, 13, 6, 24])
    t.raw(DASH, "ADULTS", DASH)
    t.table(["NAME", "DOB", "RELATIONSHIP"],
            [["Michelle FENTON", "08/08/1988", "MOTHER"],
             ["Gary HOLDSWORTH", "27/03/1984", "MOTHER'S PARTNER (HOUSEHOLD)"]], [26, 13, 30])
    t.raw(DASH)
    t.field("CATEGORY OF PLAN", "PHYSICAL ABUSE")
    t.field("REASON FOR CONFERENCE", "SECOND REVIEW OF THE CHILD PROTECTION PLAN MADE ON 17/06/2026 FOLLOWING",
            "BRUISING TO HARLEY'S FACE CAUSED BY MR HOLDSWORTH.")
    t.field("CORE GROUP MEMBERS", "SW AMIR RAFIQ; BRAMLEY PARK ACADEMY DSL; SCHOOL NURSE; MS FENTON;",
            "MR HOLDSWORTH; DC ANITA KENDAL (WYP LEEDS CPPU)")
    t.field("POLICE INVOLVEMENT IN PLAN", "Police are members of the core group. DC Kendal has attended every",
            "core group meeting and completes joint home visits with the social worker",
            "as an action in the child protection plan.")
    t.raw(EQ, "REPORTS TO THE INTEGRATED SAFEGUARDING UNIT 24 HOURS BEFORE THE CONFERENCE", EQ)
    return finish(cs, t, "RCPC NOTIFICATION FENTON 16-DEC-2026", london(2026, 11, 30, 10, 1), "isu.conferences", "ISU Conferences",
                  pre="AUTOMATED NOTIFICATION - PLEASE DO NOT REPLY TO THIS ADDRESS\n\n")


@case
def c12b():
    cs = Case("c-12b-wakefield-rcpc-plaintext-caps-plan-ending-report-only",
              district="wakefield", kind="review", date=dt.date(2026, 12, 9), time="09:30", tick=False,
              harm=["emotional"], children=[("Poppy Illingworth", "2020-05-30")],
              adults=["Stacey Illingworth", "Ryan Illingworth"], criteria=[], decision="report_only",
              received=london(2026, 11, 25, 14, 20),
              tags=["layout-12", "plain-text-caps", "district-wakefield", "review", "tick-report", "plan-ending", "trap-unticked-checklist", "trap-negated"],
              notes="review, plan expected to end, no police involvement, only parental mental health marked in the risk checklist; Y/N says N -> report only")
    t = Txt(cs)
    t.raw(EQ, "WAKEFIELD CYPS  *  SAFEGUARDING AND REVIEW UNIT  *  CONFERENCE BOOKING", EQ)
    t.field("TYPE OF CONFERENCE", "REVIEW (3RD)")
    t.field("DATE OF CONFERENCE", "09/12/2026")
    t.field("TIME", "09.30")
    t.field("VENUE", "HORBURY WORKS, WESTFIELD ROAD, HORBURY WF4 6HD")
    t.field("CAREDIRECTOR ID", "CD311876")
    t.raw(DASH)
    t.raw("FAMILY MEMBERS")
    t.table(["NAME", "D.O.B.", "ROLE", "ADDRESS"],
            [["POPPY ILLINGWORTH", "30/05/2020", "CHILD (SUBJECT)", "3 Carr Lane, Horbury"],
             ["STACEY ILLINGWORTH", "14/01/1994", "MOTHER", "3 Carr Lane, Horbury"],
             ["RYAN ILLINGWORTH", "09/09/1992", "FATHER (SEPARATED)", "Flat 2, 19 Dale St, Ossett"]], [22, 12, 20, 28])
    t.raw(DASH)
    t.field("CATEGORY", "EMOTIONAL")
    t.field("RISK FACTORS (MARK X)", "[ ] DOMESTIC ABUSE   [ ] CSE   [ ] REGISTERED SEX OFFENDER   [ ] SUBSTANCE MISUSE",
            "[X] PARENTAL MENTAL HEALTH   [ ] POLICE INVESTIGATION")
    t.field("REASON FOR CONFERENCE", "Review of the plan. Ms Illingworth's mental health has been stable since",
            "July and Poppy is settled at nursery. The social worker will recommend",
            "that the plan ends and support continues under a Child in Need plan.")
    t.field("POLICE INVOLVEMENT", "NONE SINCE LAST CONFERENCE")
    t.field("POLICE ATTENDANCE REQUIRED (Y/N)", "N")
    t.raw(EQ)
    return finish(cs, t, "RCPC - ILLINGWORTH P - 09/12/2026", london(2026, 11, 25, 14, 16), "sru.admin", "SRU Admin",
                  post="\nSafeguarding and Review Unit | Wakefield Council\n")


@case
def c12c():
    cs = Case("c-12c-calderdale-icpc-plaintext-caps-da-marac-discuss",
              district="calderdale", kind="initial", date=dt.date(2026, 12, 14), time="10:00", tick=None,
              harm=["emotional"], children=[("Aria Sutcliffe", "2023-09-12"), ("Theo Sutcliffe", "2026-05-28")],
              adults=["Jade Sutcliffe", "Liam Brear"], criteria=["domestic_abuse_current_involvement"], decision="discuss",
              received=london(2026, 12, 1, 12, 0),
              tags=["layout-12", "plain-text-caps", "district-calderdale", "initial", "tick-absent", "domestic-abuse", "marac", "calderdale-choice"],
              notes="serious DA with MARAC, DVPO and police DA officer currently involved; Calderdale lists no DA item -> discuss (POLICY choice)")
    t = Txt(cs)
    t.raw("OFFICIAL-SENSITIVE", EQ, "CALDERDALE MBC  CHILDREN'S SOCIAL CARE  -  CP CONFERENCE REQUEST", EQ)
    t.field("CONFERENCE", "INITIAL CHILD PROTECTION CONFERENCE")
    t.field("DATE / TIME", "MONDAY 14 DECEMBER 2026  10:00AM")
    t.field("LOCATION", "HALIFAX TOWN HALL, CROSSLEY STREET - COMMITTEE ROOM B")
    t.field("REFERENCE", "CCS-ICPC-26-1193")
    t.raw(DASH, "HOUSEHOLD", DASH)
    t.table(["NO.", "NAME", "DOB", "RELATIONSHIP TO CHILDREN"],
            [["1", "Aria Sutcliffe", "12/09/2023", "SUBJECT CHILD"],
             ["2", "Theo Sutcliffe", "28/05/2026", "SUBJECT CHILD"],
             ["3", "Jade Sutcliffe", "01/12/1999", "MOTHER"],
             ["4", "Liam Brear", "20/02/1997", "FATHER - NOT AT HOME (DVPO)"]], [5, 22, 13, 30])
    t.raw(DASH)
    t.field("CATEGORY REQUESTED", "EMOTIONAL ABUSE")
    t.field("REASON FOR REQUEST",
            "On 21/11/2026 Mr Brear held Ms Sutcliffe by the throat while she was holding Theo.",
            "Aria was in the room. The police DASH risk assessment was high. A DVPN was",
            "served on 22/11/2026 and a DVPO was granted on 24/11/2026 and is in force",
            "until 21/12/2026. The case was heard at MARAC on 26/11/2026. PC Gemma Rhodes",
            "(WYP domestic abuse officer) and the IDVA are currently working with Ms",
            "Sutcliffe on a safety plan.")
    t.field("PREVIOUS CONCERNS", "Two earlier police call-outs for verbal arguments in 2025 (standard risk).")
    t.raw(EQ)
    return finish(cs, t, "CP CONFERENCE REQUEST - SUTCLIFFE - 14.12.26", london(2026, 12, 1, 11, 56), "childrens.socialcare.admin",
                  "Childrens Social Care Admin", pre="For the attention of the Safeguarding Clerk.\n\n")


@case
def c12d():
    cs = Case("c-12d-leeds-icpc-plaintext-caps-cse-only-discuss",
              district="leeds", kind="initial", date=dt.date(2026, 12, 17), time="14:00", tick=False,
              harm=["sexual"], children=[("Caitlin O'Hara", "2013-08-14")],
              adults=["Bernadette O'Hara", "Siobhan Keegan"], criteria=["child_sexual_exploitation"], decision="discuss",
              received=london(2026, 12, 3, 9, 0),
              tags=["layout-12", "plain-text-caps", "district-leeds", "initial", "tick-report", "cse", "leeds-cse-choice", "trap-ppo-offender"],
              notes="Leeds: CSE alone -> discuss (POLICY choice); 'PPO nominal' is an offender label, former partner with no contact")
    t = Txt(cs)
    t.raw(EQ, "LEEDS CHILDREN'S SOCIAL WORK SERVICE", "REQUEST FOR INITIAL CHILD PROTECTION CONFERENCE", EQ)
    t.field("DATE OF CONFERENCE", "THURSDAY 17/12/2026")
    t.field("TIME OF CONFERENCE", "2PM")
    t.field("VENUE", "VIA MICROSOFT TEAMS")
    t.raw(DASH)
    t.raw("CHILD")
    t.table(["SURNAME", "FORENAME", "DOB", "AGE"], [["O'HARA", "CAITLIN", "14/08/2013", "13"]], [14, 14, 13, 5])
    t.raw("PARENTS / CARERS / SIGNIFICANT ADULTS")
    t.table(["SURNAME", "FORENAME", "DOB", "ROLE"],
            [["O'HARA", "BERNADETTE", "02/11/1979", "MOTHER"],
             ["KEEGAN", "SIOBHAN", "19/05/1976", "MATERNAL AUNT - SIGNIFICANT ADULT"]], [14, 14, 13, 34])
    t.raw(DASH)
    t.field("CATEGORY", "SEXUAL ABUSE")
    t.field("REASON FOR CONFERENCE",
            "Caitlin has been missing overnight four times since October and has been seen",
            "getting into cars driven by adult males. She has a second phone and new",
            "clothes she cannot explain. The CSE risk assessment completed on 27/11/2026",
            "assessed the risk of child sexual exploitation as significant.")
    t.field("OTHER INFORMATION",
            "Ms O'Hara's former partner, who is a PPO nominal, moved out in 2024 and has no",
            "contact with Caitlin.")
    t.field("POLICE ATTENDANCE", "NOT REQUIRED - REPORT ONLY")
    t.raw(EQ)
    return finish(cs, t, "ICPC O'HARA 17/12/2026", london(2026, 12, 3, 8, 55), "cp.admin", "CP Admin",
                  post="\nIntegrated Safeguarding Unit, Leeds\n")


@case
def c12e():
    cs = Case("c-12e-wakefield-icpc-plaintext-caps-wilful-neglect-late-notice",
              district="wakefield", kind="initial", date=dt.date(2026, 12, 17), time="10:00", tick=True,
              harm=["neglect"], children=[("Jayden Dobson", "2019-06-01"), ("Mia Dobson", "2021-07-15")],
              adults=["Shannon Dobson", "Kyle Dobson", "Lisa Dobson"], criteria=["wilful_neglect_investigation"], decision="attend",
              received=london(2026, 12, 15, 11, 30),
              tags=["layout-12", "plain-text-caps", "district-wakefield", "initial", "tick-attend", "wilful-neglect", "late-notice", "deadline-passed", "trap-voluntary-arrangement"],
              notes="active police investigation of child cruelty s1 CYPA 1933 (W item 3) -> attend; 2 working days' notice and report due 14/12 already passed")
    t = Txt(cs)
    t.raw("OFFICIAL-SENSITIVE", EQ, "WAKEFIELD CYPS - CP CONFERENCE BOOKING (URGENT)", EQ)
    t.field("CONFERENCE TYPE", "INITIAL CPC")
    t.field("DATE", "17/12/2026")
    t.field("TIME", "10:00")
    t.field("VENUE", "WAKEFIELD ONE, BURTON STREET, WAKEFIELD WF1 2EB")
    t.raw(DASH)
    t.raw("CHILDREN")
    t.table(["#", "NAME", "DOB"], [["1", "JAYDEN DOBSON", "01/06/2019"], ["2", "MIA DOBSON", "15/07/2021"]], [4, 24, 12])
    t.raw("ADULTS")
    t.table(["#", "NAME", "DOB", "ROLE"],
            [["1", "SHANNON DOBSON", "23/04/1996", "MOTHER"],
             ["2", "KYLE DOBSON", "30/10/1994", "FATHER"],
             ["3", "LISA DOBSON", "11/03/1990", "PATERNAL AUNT - CURRENT CARER"]], [4, 24, 12, 32])
    t.raw(DASH)
    t.field("CATEGORY", "NEGLECT")
    t.field("REASON FOR CONFERENCE",
            "On 04/12/2026 police forced entry after neighbours reported the children",
            "crying. Jayden and Mia were alone in a house with no heating, no food and",
            "drug paraphernalia within reach. Both parents were interviewed under",
            "caution on 08/12/2026 on suspicion of wilful neglect (section 1 Children",
            "and Young Persons Act 1933) and released under investigation. The police",
            "investigation is active (OIC DC Samir Iqbal, Wakefield CSU).",
            "The children are staying with their paternal aunt by agreement.")
    t.field("POLICE ATTENDANCE REQUIRED", "YES")
    t.field("WRITTEN REPORT SUFFICIENT", "NO")
    t.raw(EQ)
    return finish(cs, t, "URGENT ICPC BOOKING DOBSON 17/12", london(2026, 12, 15, 11, 26), "sru", "Safeguarding and Review Unit",
                  pre="Apologies for the short notice - the strategy discussion was delayed.\n\n")


@case
def c12f():
    cs = Case("c-12f-wakefield-minutes-plaintext-not-invitation",
              district="wakefield", kind=None, date=None, time=None, tick=None, harm=None, children=None, adults=None,
              criteria=None, decision="manual_review", received=london(2026, 12, 4, 15, 40), deadlines=False,
              flags_required=["not_an_invitation"],
              unscored_flags=["missing_reason", "missing_conference_date", "missing_family_details", "no_booking_form", "tickbox_ambiguous", "late_notice", "deadline_passed"],
              tags=["layout-12", "plain-text-caps", "district-wakefield", "not-invitation", "minutes"],
              notes="record (minutes) of a review conference already held, with a next-review date: not an invitation -> manual_review")
    t = Txt(cs)
    t.raw("OFFICIAL-SENSITIVE", EQ, "RECORD OF REVIEW CHILD PROTECTION CONFERENCE", "WAKEFIELD CYPS - SAFEGUARDING AND REVIEW UNIT", EQ)
    t.field("CONFERENCE HELD", "24/11/2026 AT 10:00, CASTLEFORD CIVIC CENTRE")
    t.field("CHAIR", "PAULINE GAUNT")
    t.field("MINUTE TAKER", "C WOOD")
    t.raw(DASH, "CHILD", DASH)
    t.table(["NAME", "DOB"], [["ALFIE ATKINSON", "19/12/2018"]], [24, 12])
    t.raw(DASH, "PRESENT", DASH)
    t.table(["NAME", "ROLE"], [["Kirsty Atkinson", "Mother"], ["Daniel Pratt", "Social worker"], ["Helen Moxon", "Headteacher"],
                               ["Jo Clegg", "Health visitor"]], [24, 30])
    t.field("APOLOGIES / REPORTS", "WEST YORKSHIRE POLICE - REPORT RECEIVED, NOT IN ATTENDANCE")
    t.field("SUMMARY OF DISCUSSION", "Home conditions remain variable. School attendance 88%. No new police",
            "incidents since the initial conference.")
    t.field("DECISION", "ALFIE TO REMAIN SUBJECT TO A CHILD PROTECTION PLAN - CATEGORY NEGLECT")
    t.field("CORE GROUP", "SW, SCHOOL, HV, MOTHER. NEXT CORE GROUP 08/12/2026")
    t.field("NEXT REVIEW CONFERENCE", "19/05/2027 AT 10:00")
    t.raw(EQ)
    return finish(cs, t, "Minutes - RCPC - ATKINSON - 24/11/2026", london(2026, 12, 4, 15, 36), "sru.minutes", "SRU Minutes",
                  pre="Please find below the record of the review conference for your information and filing.\n\n")


@case
def c12g():
    cs = Case("c-12g-leeds-icpc-plaintext-caps-rescheduled-rso",
              district="leeds", kind="initial", date=dt.date(2026, 12, 11), time="09:30", tick=True,
              harm=["sexual"], children=[("Evie Lund", "2019-09-04"), ("Noah Lund", "2022-03-17")],
              adults=["Rachel Lund", "Paul Grayshon"], criteria=["registered_sex_offender"], decision="attend",
              received=london(2026, 12, 2, 16, 45), flags_required=["rescheduled"],
              tags=["layout-12", "plain-text-caps", "district-leeds", "initial", "tick-attend", "rso", "rescheduled"],
              notes="reschedule of an ICPC (new date 11/12) because a registered sex offender moved in with the family (Leeds item 6) -> attend, flag rescheduled")
    t = Txt(cs)
    t.raw(EQ, "*** CONFERENCE RESCHEDULED ***", "LEEDS CITY COUNCIL  INTEGRATED SAFEGUARDING UNIT", EQ)
    t.field("CONFERENCE TYPE", "INITIAL CHILD PROTECTION CONFERENCE")
    t.field("ORIGINAL DATE", "07-DEC-2026 14:00")
    t.field("NEW DATE", "11-DEC-2026")
    t.field("NEW TIME", "09:30")
    t.field("VENUE", "MERRION HOUSE, LEEDS LS2 8BB - MEETING ROOM 6.14")
    t.field("REASON FOR CHANGE", "CHAIR UNAVAILABLE ON THE ORIGINAL DATE")
    t.raw(DASH)
    t.raw("CHILDREN")
    t.table(["NAME", "DOB"], [["LUND, Evie", "04/09/2019"], ["LUND, Noah", "17/03/2022"]], [24, 12])
    t.raw("ADULTS")
    t.table(["NAME", "DOB", "RELATIONSHIP"],
            [["LUND, Rachel", "12/06/1991", "MOTHER"], ["GRAYSHON, Paul", "03/03/1979", "PARTNER (LIVES AT HOME)"]], [24, 12, 26])
    t.raw(DASH)
    t.field("CATEGORY", "SEXUAL ABUSE (RISK OF)")
    t.field("REASON FOR CONFERENCE",
            "Ms Lund's partner Paul Grayshon moved into the family home in October. He is",
            "a registered sex offender (indecent images of children, 2019) subject to",
            "notification requirements until 2029. Ms Lund did not tell children's",
            "services and has allowed him to bath Noah.")
    t.field("POLICE ATTENDANCE", "REQUIRED")
    t.raw(EQ)
    return finish(cs, t, "RESCHEDULED: ICPC LUND - NOW 11/12/2026 09:30", london(2026, 12, 2, 16, 41), "isu.admin", "ISU Admin")
