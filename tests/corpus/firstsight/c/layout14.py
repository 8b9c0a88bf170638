"""Layout 14: HTML email whose booking form is a two-column layout of nested tables; check marks
given as text ("Yes"/"No", "X", "✔"); reason split over "Presenting issues", "Analysis of risk" and
"Police involvement to date"."""
import datetime as dt
import html as H

from common import Case, POLICE_TO, build_message, london, write_case

CSS = ("font-family:Calibri,Arial,sans-serif;font-size:11pt")
TD = 'style="border:1px solid #9bb;padding:3px 6px;vertical-align:top"'
TH = 'style="background:#dfeeee;border:1px solid #9bb;padding:3px 6px;text-align:left"'


class Html:
    def __init__(self, case):
        self.case = case

    def esc(self, t):
        self.case.add(t)
        return H.escape(t).replace("\n", "<br>")

    def kv_table(self, rows, title=None):
        out = ['<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">']
        if title:
            out.append(f'<tr><td colspan="2" {TH}><b>{self.esc(title)}</b></td></tr>')
        for k, v in rows:
            out.append(f'<tr><td {TD} width="45%"><b>{self.esc(k)}</b></td><td {TD}>{self.esc(v)}</td></tr>')
            self.case.add(f"{k} {v}")
        out.append("</table>")
        return "\n".join(out)

    def grid(self, header, rows, title=None):
        out = ['<table cellspacing="0" style="border-collapse:collapse;width:100%">']
        if title:
            out.append(f'<tr><td colspan="{len(header)}" {TH}><b>{self.esc(title)}</b></td></tr>')
        if header:
            out.append("<tr>" + "".join(f"<th {TH}>{self.esc(h)}</th>" for h in header) + "</tr>")
        for r in rows:
            out.append("<tr>" + "".join(f"<td {TD}>{self.esc(c) if c else '&nbsp;'}</td>" for c in r) + "</tr>")
            self.case.add(" ".join(c for c in r if c))
        out.append("</table>")
        return "\n".join(out)

    def section(self, title, paras):
        body = "".join(f"<p style=\"margin:4px 0\">{self.esc(p)}</p>" for p in paras)
        self.case.add("\n".join(paras))
        return (f'<table cellspacing="0" style="border-collapse:collapse;width:100%;margin-top:8px">'
                f'<tr><td {TH}><b>{self.esc(title)}</b></td></tr><tr><td {TD}>{body}</td></tr></table>')

    def two_col(self, left, right):
        return ('<table cellspacing="0" cellpadding="4" style="width:100%"><tr>'
                f'<td style="width:50%;vertical-align:top">{left}</td>'
                f'<td style="width:50%;vertical-align:top">{right}</td></tr></table>')

    def page(self, intro, parts, sign):
        self.case.add(*intro, *sign)
        ip = "".join(f"<p>{self.esc(t)}</p>" for t in intro)
        sp = "".join(f"<p style=\"color:#555\">{self.esc(t)}</p>" for t in sign)
        return (f'<html><head><meta charset="utf-8"></head><body style="{CSS}">{ip}'
                f'<table style="width:780px;border:2px solid #477" cellspacing="0" cellpadding="6"><tr><td>'
                + "\n".join(parts) + f"</td></tr></table>{sp}</body></html>")


def send(case, html, subject, sent, local, sender):
    eml = build_message(case.kw["district"], local, sender, POLICE_TO, subject, sent, case.kw["received"], html=html)
    return write_case(case, eml, subject)


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def c14a():
    cs = Case("c-14a-wakefield-icpc-html-nested-yesno-da-attend",
              district="wakefield", kind="initial", date=dt.date(2026, 12, 7), time="14:00", tick=True,
              harm=["emotional"], children=[("Logan Hirst", "2017-03-03"), ("Esme Hirst", "2020-09-19")],
              adults=["Becky Hirst", "Connor Walsh"], criteria=["domestic_abuse_current_involvement"], decision="attend",
              received=london(2026, 11, 26, 10, 45),
              tags=["layout-14", "html-nested", "district-wakefield", "initial", "tick-attend", "yes-no-cells", "domestic-abuse", "marac", "several-in-one-cell"],
              notes="serious DA, repeat MARAC, police DA officer allocated and perpetrator on court bail (W item 6) -> attend")
    h = Html(cs)
    left = h.kv_table([("Conference type", "Initial Child Protection Conference"), ("Date", "Monday 07/12/2026"),
                       ("Time", "2:00 pm"), ("Venue", "Pontefract Town Hall, Committee Room 1"),
                       ("Chair", "Simon Outhwaite"), ("Social worker", "Beth Lindley")], "Conference details")
    right = h.grid(["Name (date of birth)", "Relationship"],
                   [["Logan Hirst (03/03/2017), Esme Hirst (19/09/2020)", "Subject children"],
                    ["Becky Hirst (14/07/1993)", "Mother"],
                    ["Connor Walsh (01/01/1991)", "Father - not living at home (bail conditions)"]], "Family")
    police = h.grid(["West Yorkshire Police", "Yes", "No"],
                    [["Police attendance required", "Yes", ""], ["Written report sufficient", "", "No"]])
    parts = [h.esc("OFFICIAL-SENSITIVE"), h.two_col(left, right), h.two_col(police, h.kv_table([("Category of concern", "Emotional abuse")])),
             h.section("Presenting issues", [
                 "Logan and Esme have witnessed repeated domestic abuse by their father against their mother. On 15/11/2026 Mr Walsh "
                 "punched Ms Hirst and pushed her down the stairs while Esme was on the landing."]),
             h.section("Analysis of risk", [
                 "The DASH risk assessment is high. This was the third incident in six months and the case was heard at a repeat MARAC "
                 "on 19/11/2026. Logan is wetting the bed and Esme is withdrawn at nursery."]),
             h.section("Police involvement to date", [
                 "Mr Walsh was charged with assault occasioning actual bodily harm on 16/11/2026 and is on court bail with conditions "
                 "not to contact Ms Hirst or attend the home. PC Sam Lister, WYP domestic abuse safeguarding officer, is allocated and "
                 "working with Ms Hirst and the IDVA on her safety plan."])]
    html = h.page(["Please see the booking form below for an ICPC."], parts,
                  ["Safeguarding and Review Unit, Wakefield Council"])
    return send(cs, html, "ICPC booking form - HIRST - 07.12.2026", london(2026, 11, 26, 10, 41), "sru.bookingforms", "SRU Booking Forms")


@case
def c14b():
    cs = Case("c-14b-leeds-icpc-html-nested-x-report-unticked-checklist",
              district="leeds", kind="initial", date=dt.date(2026, 12, 16), time="13:00", tick=False,
              harm=["neglect"], children=[("Brooke Lee", "2012-05-05"), ("Tommy Lee", "2016-02-28")],
              adults=["Gemma Lee", "Stephen Lee"], criteria=[], decision="report_only",
              received=london(2026, 12, 8, 9, 20),
              tags=["layout-14", "html-nested", "district-leeds", "initial", "tick-report", "x-in-cell", "trap-unticked-checklist", "trap-strategy-discussion", "header-row-table"],
              notes="only substance misuse and mental health marked in the risk grid (CSE/DA/RSO rows empty); strategy discussion, police no trace; X in 'report sufficient' -> report only")
    h = Html(cs)
    left = h.kv_table([("Type", "ICPC"), ("Date of conference", "16 December 2026"), ("Start time", "13.00"),
                       ("Venue", "Microsoft Teams"), ("Mosaic ID", "M-20555310")], "Conference")
    right = h.grid(["Child", "DOB", "School"], [["Brooke Lee", "05/05/2012", "Farnley Academy"], ["Tommy Lee", "28/02/2016", "Greenhill Primary"]], "Children") + \
        h.grid(["Adult", "Relationship"], [["Gemma Lee", "Mother"], ["Stephen Lee", "Father"]], "Parents / carers")
    risk = h.grid(["Risk factor", "Mark with X"], [["Domestic abuse", ""], ["Child sexual exploitation", ""], ["Registered sex offender", ""],
                                                   ["Parental substance misuse", "X"], ["Parental mental health", "X"]], "Risk factors")
    police = h.grid(["Police", "Mark with X"], [["Attendance required", ""], ["Written report sufficient", "X"]], "Police contribution")
    parts = [h.two_col(left, right), h.two_col(risk, police), h.kv_table([("Category", "Neglect")]),
             h.section("Presenting issues", ["Brooke has been caring for Tommy most evenings. The home has no working cooker, "
                                             "Tommy has untreated tooth decay and both children often arrive at school hungry."]),
             h.section("Analysis of risk", ["Mr Lee drinks heavily every day and Ms Lee has severe depression and rarely leaves "
                                            "her bed. Previous Child in Need support did not bring about change."]),
             h.section("Police involvement to date", ["Strategy discussion with West Yorkshire Police on 30/11/2026. Police checks: "
                                                      "no trace on either parent. No police investigation."])]
    html = h.page(["Hi, please find booking details for an initial conference below."], parts, ["ISU Admin - Leeds City Council"])
    return send(cs, html, "ICPC - LEE - 16/12/2026", london(2026, 12, 8, 9, 16), "isu.admin", "ISU Admin")


@case
def c14c():
    cs = Case("c-14c-calderdale-icpc-html-nested-tick-report-cse-discuss",
              district="calderdale", kind="initial", date=dt.date(2026, 12, 15), time="10:00", tick=False,
              harm=["sexual"], children=[("Keeley Marshall", "2011-06-16")],
              adults=["Dawn Marshall", "Lee Priestley"], criteria=["child_sexual_exploitation"], decision="discuss",
              received=london(2026, 11, 30, 14, 10),
              tags=["layout-14", "html-nested", "district-calderdale", "initial", "tick-report", "check-mark", "cse", "calderdale-choice"],
              notes="CSE assessed high risk; no police investigation; Calderdale has no CSE item for initials -> discuss (POLICY choice); ✔ on 'report only'")
    h = Html(cs)
    left = h.kv_table([("Conference", "Initial"), ("Date", "15.12.2026"), ("Time", "10am"), ("Venue", "Northgate House, Halifax")], "Booking details")
    right = h.grid([], [["Keeley Marshall – child – 16/06/2011"], ["Dawn Marshall – mother"], ["Lee Priestley – mother's partner"]], "Family members")
    police = h.grid(["Police", "✔"], [["Attendance", ""], ["Report only", "✔"]], "Please tick")
    parts = [h.two_col(left, right), h.two_col(police, h.kv_table([("Category", "Sexual abuse")])),
             h.section("Presenting issues", ["Keeley (15) describes a 23-year-old man as her boyfriend. She has been found at a flat in "
                                             "Halifax with several adult men and has been given alcohol and cannabis."]),
             h.section("Analysis of risk", ["The CSE risk assessment completed on 24/11/2026 rated the risk of child sexual "
                                            "exploitation as high. Ms Marshall and Mr Priestley are frightened for Keeley but cannot keep her at home."]),
             h.section("Police involvement to date", ["Three missing from home reports (October - November 2026); Keeley was returned "
                                                      "home by officers each time. Keeley will not make a complaint and there is no police investigation."])]
    html = h.page(["Good afternoon, conference booking below."], parts, ["CP Admin, Calderdale Council"])
    return send(cs, html, "Booking: ICPC Keeley MARSHALL 15.12.26", london(2026, 11, 30, 14, 6), "cp.admin", "CP Admin")


@case
def c14d():
    cs = Case("c-14d-wakefield-icpc-html-nested-both-marked-discuss",
              district="wakefield", kind="initial", date=dt.date(2026, 12, 18), time="13:30", tick=None, both_marked=True,
              tick_ambiguous=True, harm=["physical"], children=[("Archie Dunn", "2021-11-11")],
              adults=["Holly Dunn", "Scott Carter"], criteria=[], decision="discuss",
              received=london(2026, 12, 9, 10, 0),
              tags=["layout-14", "html-nested", "district-wakefield", "initial", "tick-both", "x-in-cell", "trap-negated-rso", "trap-strategy-discussion"],
              notes="both police boxes marked X -> tickbox_ambiguous and discuss (W 4.6); RSO negated, strategy discussion only, no criterion")
    h = Html(cs)
    left = h.kv_table([("Type of conference", "Initial CPC"), ("Date", "Friday 18th December 2026"), ("Time", "1.30pm"),
                       ("Venue", "Knottingley Town Hall")], "Conference")
    right = h.grid(["Name", "DOB", "Role"], [["Archie Dunn", "11/11/2021", "Child"], ["Holly Dunn", "07/02/2000", "Mother"],
                                            ["Scott Carter", "16/08/1995", "Mother's partner (moved in September 2026)"]], "Household")
    police = h.grid(["", ""], [["Police attendance required", "X"], ["Written report sufficient", "X"]], "West Yorkshire Police")
    parts = [h.two_col(left, right), h.two_col(police, h.kv_table([("Category", "Physical abuse")])),
             h.section("Presenting issues", ["Nursery have seen bruising to Archie's shins and lower back on four occasions since "
                                             "October, each explained as falls. Archie flinches when Mr Carter collects him."]),
             h.section("Analysis of risk", ["Mr Carter is not a registered sex offender and police checks on him are no trace. "
                                            "Ms Dunn minimises the bruising and has missed two appointments with the paediatrician."]),
             h.section("Police involvement to date", ["Strategy discussion with police on 02/12/2026; single-agency section 47 enquiry by "
                                                      "children's social care."])]
    html = h.page(["Booking form for ICPC - DUNN."], parts, ["SRU, Wakefield Council"])
    return send(cs, html, "OFFICIAL-SENSITIVE ICPC DUNN 18/12/2026", london(2026, 12, 9, 9, 56), "sru", "SRU")


@case
def c14e():
    cs = Case("c-14e-leeds-icpc-html-nested-neither-marked-rso-attend",
              district="leeds", kind="initial", date=dt.date(2026, 12, 17), time="11:00", tick=None, tick_ambiguous=True,
              harm=["sexual"], children=[("Sophia Walker", "2019-01-22"), ("Jacob Walker", "2023-08-05")],
              adults=["Emma Walker", "Kevin Lumb"], criteria=["registered_sex_offender"], decision="attend",
              received=london(2026, 12, 10, 15, 0),
              tags=["layout-14", "html-nested", "district-leeds", "initial", "tick-neither", "rso", "notice-exactly-5"],
              notes="registered sex offender staying at the home (Leeds item 6) -> attend; neither police box marked -> tickbox_ambiguous")
    h = Html(cs)
    left = h.kv_table([("Conference", "Initial child protection conference"), ("When", "17/12/2026 at 11:00"),
                       ("Where", "Merrion House, Leeds"), ("Chair", "Helen Waddington")], "Conference")
    right = h.grid(["Name", "Relationship"], [["Sophia Walker (22/01/2019)", "daughter"], ["Jacob Walker (05/08/2023)", "son"],
                                              ["Emma Walker", "mother"], ["Kevin Lumb", "partner (stays 3-4 nights a week)"]], "Family")
    police = h.grid(["Police", "Yes", "No"], [["Attendance required", "", ""], ["Written report sufficient", "", ""]], "Police")
    parts = [h.two_col(left, right), h.two_col(police, h.kv_table([("Category", "Sexual abuse (risk)")])),
             h.section("Presenting issues", ["Ms Walker's partner Kevin Lumb is a registered sex offender (sexual assault of a "
                                             "13-year-old girl, 2016) subject to indefinite notification requirements. He stays at the "
                                             "family home three or four nights a week. Ms Walker did not disclose the relationship."]),
             h.section("Analysis of risk", ["Ms Walker does not accept that Mr Lumb poses a risk to Sophia and has left the children "
                                            "in his sole care."]),
             h.section("Police involvement to date", ["Mr Lumb's police offender manager told children's services on 01/12/2026 "
                                                      "after finding children's belongings at his address."])]
    html = h.page(["Please find below the booking form."], parts, ["Integrated Safeguarding Unit"])
    return send(cs, html, "ICPC booking WALKER 17/12/2026", london(2026, 12, 10, 14, 56), "isu.bookings", "ISU Bookings")


@case
def c14f():
    cs = Case("c-14f-calderdale-report-chaser-html-not-invitation",
              district="calderdale", kind=None, date=None, time=None, tick=None, harm=None, children=None, adults=None,
              criteria=None, decision="manual_review", received=london(2026, 12, 7, 9, 0), deadlines=False,
              flags_required=["not_an_invitation"],
              unscored_flags=["missing_reason", "missing_conference_date", "missing_family_details", "no_booking_form", "tickbox_ambiguous",
                              "late_notice", "deadline_passed"],
              tags=["layout-14", "html-nested", "district-calderdale", "not-invitation", "report-request", "chaser"],
              notes="a reminder that the police report is outstanding for a conference already notified: report request, not an invitation")
    h = Html(cs)
    t = h.kv_table([("Child", "Ethan Briggs"), ("Conference", "Review CPC"), ("Date of conference", "14/12/2026 at 13:30"),
                    ("Report requested by", "09/12/2026")], "Outstanding police report")
    html = h.page(["Dear colleague,", "We have not yet received the police report for the conference below. Please could this be sent "
                   "to CP Administration by secure email as soon as possible so that it can be shared with the chair."],
                  [t], ["Many thanks", "CP Administration, Calderdale Council"])
    return send(cs, html, "REMINDER - police report outstanding - BRIGGS RCPC 14/12/2026", london(2026, 12, 7, 8, 57), "cp.administration", "CP Administration")


@case
def c14g():
    cs = Case("c-14g-bradford-rcpc-html-nested-new-da-incident-discuss",
              district="bradford", kind="review", date=dt.date(2026, 12, 15), time="09:30", tick=False,
              harm=["emotional"], children=[("Amir Hussain", "2015-07-07"), ("Safa Hussain", "2017-12-12"), ("Eesa Hussain", "2022-03-01")],
              adults=["Rukhsana Bibi", "Tariq Hussain"], criteria=["domestic_abuse_current_involvement"], decision="discuss",
              received=london(2026, 12, 1, 11, 20),
              tags=["layout-14", "html-nested", "district-bradford", "review", "tick-report", "yes-no-cells", "new-incident", "domestic-abuse", "no-policy-file", "several-in-one-cell"],
              notes="review; new serious DA incident since last conference, father charged and remanded, police DA officer involved; not core group -> discuss (Wakefield rules for Bradford)")
    h = Html(cs)
    left = h.kv_table([("Conference", "Review Child Protection Conference (1st review)"), ("Date", "Tue 15 Dec 2026"),
                       ("Time", "09:30"), ("Venue", "Sir Henry Mitchell House, Manchester Road, Bradford")], "Conference details")
    right = h.kv_table([("Children", "Amir Hussain (07/07/2015), Safa Hussain (12/12/2017), Eesa Hussain (01/03/2022)"),
                        ("Mother", "Rukhsana Bibi"), ("Father", "Tariq Hussain (remanded in custody)")], "Family")
    police = h.grid(["West Yorkshire Police", "Yes/No"], [["Attendance required", "No"], ["Report required", "Yes"]], "Police")
    core = h.kv_table([("Core group", "Social worker, Amir's and Safa's school, health visitor, Ms Bibi"), ("Category of plan", "Emotional abuse")])
    parts = [h.two_col(left, right), h.two_col(police, core),
             h.section("Presenting issues", ["Review of the child protection plan made on 08/07/2026 because of the children's "
                                             "exposure to domestic abuse."]),
             h.section("Analysis of risk", ["Since the last conference: on 22/11/2026 Mr Hussain threatened Ms Bibi with a kitchen "
                                            "knife and cut her hand in front of all three children. This is the most serious incident "
                                            "so far. A MARAC referral has been made."]),
             h.section("Police involvement to date", ["Mr Hussain was arrested on 22/11/2026, charged with assault and possession of a "
                                                      "bladed article, and remanded in custody. PC Naila Akram (Bradford District DA team) "
                                                      "is working with Ms Bibi."])]
    html = h.page(["Dear Police colleague, please find below details of a review conference."], parts,
                  ["Conference and Review Service, Bradford Children's Social Care"])
    return send(cs, html, "RCPC - HUSSAIN children - 15/12/2026", london(2026, 12, 1, 11, 16), "cp.conferences", "Conference and Review Service")
