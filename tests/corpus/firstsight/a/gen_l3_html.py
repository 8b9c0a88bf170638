"""Layout 3: HTML body from a council case-management system, no attachment; several tables, Signs of Safety headings,
the police request as a sentence."""
from lib import *


def render(sections, texts):
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">']
    for s in sections:
        if s[0] == "h":
            out.append(html_p(s[1], texts, tag="h3"))
        elif s[0] == "p":
            out.append(html_p(s[1], texts))
        elif s[0] == "b":
            out.append(html_p(s[1], texts, bold=True))
        elif s[0] == "table":
            out.append(html_table(s[1], texts, header=s[2]))
        elif s[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in s[1]) + "</ul>")
            texts.extend(s[1])
    out.append("</body></html>")
    return "\n".join(out)


def plain(sections):
    lines = []
    for s in sections:
        if s[0] in ("h", "p", "b"):
            lines += [s[1], ""]
        elif s[0] == "table":
            lines += [" | ".join(r) for r in s[1]] + [""]
        elif s[0] == "ul":
            lines += ["- " + x for x in s[1]] + [""]
    return "\n".join(lines)


def build(name, *, district, sender, local, subject, sent, received, sections, lab, alternative=False):
    texts = []
    h = render(sections, texts)
    if alternative:
        msg = MIMEMultipart("alternative")
        p = plain(sections)
        msg.attach(text_part(p))
        msg.attach(text_part(h, "html"))
        texts.append(p)
    else:
        msg = MIMEMultipart("mixed")
        msg.attach(text_part(h, "html"))
    headers(msg, district=district, sender_name=sender, sender_local=local, subject=subject, sent=sent, received=received)
    lab["source_texts"] = [subject] + texts
    write_case(name, msg, lab)


SYS_FOOT = "This notification was generated automatically. Please do not reply to this address; contact the conference administrator named above."


def c15():
    rec = ts(2026, 12, 18, 9, 30)
    secs = [("b", "OFFICIAL-SENSITIVE"), ("h", "Mosaic: Child Protection Conference Notification"),
            ("table", [["Conference type", "Initial Child Protection Conference"], ["Date", "11 January 2027"], ["Time", "13:00"],
                       ["Venue", "Compton Centre, Harehills Lane, Leeds LS9"], ["Chair", "Gareth Winstanley"],
                       ["Workflow step ID", "WS-88120457"]], False),
            ("h", "Children"),
            ("table", [["Name", "DOB", "Gender", "Person ID"], ["Harvey Atkinson", "02/10/2015", "M", "P1022871"],
                       ["Poppy Atkinson", "27/04/2018", "F", "P1022872"]], True),
            ("h", "Adults"),
            ("table", [["Name", "Role", "Person ID"], ["Stacey Atkinson", "Mother", "P0855013"], ["Jamie Rhodes", "Partner", "P1099345"]], True),
            ("h", "What are we worried about?"),
            ("p", "Jamie has assaulted Stacey at least six times this year, most recently on 06/12/2026 when he knocked her unconscious while the children were in the room. Harvey has tried to stop the attacks and has been pushed to the floor. This is serious, escalating domestic abuse."),
            ("p", "A DVPO was granted on 10/12/2026 and Jamie must not return to the address. The case was heard at MARAC on 15/12/2026. A Leeds Domestic Violence co-ordinator and a West Yorkshire Police domestic abuse officer are currently working directly with Stacey on safety planning."),
            ("h", "What is working well?"),
            ("p", "Stacey called the police herself on 06/12/2026 and has kept the children at school every day."),
            ("h", "What needs to happen?"),
            ("p", "A multi-agency safety plan that keeps Jamie away from the home and helps Harvey and Poppy talk about what they have seen."),
            ("h", "Police"),
            ("p", "West Yorkshire Police are requested to attend this conference and to provide a written report."),
            ("p", "Category: Emotional abuse"), ("p", SYS_FOOT)]
    lab = label(district="leeds", kind="initial", pre_birth=False, date="2027-01-11", time="13:00", tick=True,
                harm=["emotional"], children=[("Harvey Atkinson", "2015-10-02"), ("Poppy Atkinson", "2018-04-27")],
                adults=["Stacey Atkinson", "Jamie Rhodes"], criteria=["domestic_abuse_current_involvement"], decision="attend",
                received=rec.date(), source_texts=[],
                tags=["html-body", "signs-of-safety", "police-request-sentence", "district-leeds", "initial", "domestic-abuse",
                      "christmas-bank-holidays"],
                notes="serious DA with current DV co-ordinator and police DA officer involvement, DVPO, MARAC (L5) -> attend")
    build("a-15-leeds-icpc-html-da-dv-coordinator", district="leeds", sender="Mosaic Notifications", local="mosaic.noreply",
          subject="OFFICIAL-SENSITIVE Child Protection Conference Notification - ATKINSON", sent=rec - dt.timedelta(minutes=1),
          received=rec, sections=secs, lab=lab)


def c16():
    rec = ts(2026, 12, 7, 14, 0)
    secs = [("b", "OFFICIAL-SENSITIVE"), ("p", "Child Protection Review Conference - notification from Calderdale Children's Services"),
            ("table", [["Meeting", "Review Child Protection Conference (first review)"], ["When", "Tue 12/01/2027, 10:00-11:30"],
                       ["Where", "Sowerby Bridge Town Hall, Hollins Mill Lane"], ["LCS reference", "LCS1009922"]], False),
            ("table", [["Person", "Date of birth", "Relationship to child"], ["Ava-Grace Sutcliffe", "21/01/2022", "Child"],
                       ["Megan Sutcliffe", "03/12/2002", "Mother"], ["Janet Sutcliffe", "09/09/1970", "Maternal grandmother (significant adult)"]], True),
            ("h", "What are we worried about?"),
            ("p", "At the initial conference in October Ava-Grace was made subject to a plan under the category of neglect: poor home conditions and missed health appointments."),
            ("h", "What's working well"),
            ("p", "Home conditions are now good on every visit and Ava-Grace has had her immunisations. Grandma Janet visits daily."),
            ("h", "Core group"),
            ("p", "Core group members: social worker, health visitor, Sowerby Bridge nursery, Megan and Janet. There have been no police incidents since the initial conference."),
            ("p", "A written police report is requested; police attendance is not required for this review."),
            ("p", SYS_FOOT)]
    lab = label(district="calderdale", kind="review", pre_birth=False, date="2027-01-12", time="10:00", tick=False,
                harm=["neglect"], children=[("Ava-Grace Sutcliffe", "2022-01-21")], adults=["Megan Sutcliffe", "Janet Sutcliffe"],
                criteria=[], decision="report_only", received=rec.date(), source_texts=[],
                tags=["html-body", "signs-of-safety", "police-request-sentence", "district-calderdale", "review", "no-police-core-group"],
                notes="review, police not in the core group, no compelling reason, written report requested -> report_only")
    build("a-16-calderdale-rcpc-html-report-only", district="calderdale", sender="Calderdale CP Conferences",
          local="cp.conferences", subject="RCPC 12.01.27 SUTCLIFFE", sent=rec - dt.timedelta(minutes=1), received=rec,
          sections=secs, lab=lab, alternative=True)


def c17():
    rec = ts(2026, 12, 8, 12, 0)
    secs = [("h", "Initial Child Protection Conference"), ("p", "Wakefield Council - Safeguarding and Review Unit - OFFICIAL-SENSITIVE"),
            ("table", [["Date", "Friday 18 December 2026"], ["Time", "9.30am"], ["Venue", "Wakefield One, Burton Street"],
                       ["CareDirector ID", "CD419940"], ["Category", "Emotional"]], False),
            ("table", [["Name", "Date of birth", "Role"], ["Noah Pearson-Hirst", "11/03/2014", "Subject child"],
                       ["Claire Pearson", "07/07/1984", "Mother"], ["Mark Hirst", "19/02/1982", "Father"]], True),
            ("h", "What are we worried about?"),
            ("p", "Since his parents separated in the summer Noah has been caught in the middle of a bitter dispute. Each parent tells him the other does not love him, and he has stopped eating at school and talks about not wanting to be alive."),
            ("p", "There is no police involvement with this family, no one in the household is a registered sex offender and there are no CSE concerns. Neither parent has alleged domestic abuse."),
            ("h", "What's working well?"),
            ("p", "Noah has a trusted learning mentor at school and both parents attend meetings."),
            ("p", "Police are asked to provide a written report only; attendance is not required."),
            ]
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2026-12-18", time="09:30", tick=False,
                harm=["emotional"], children=[("Noah Pearson-Hirst", "2014-03-11")], adults=["Claire Pearson", "Mark Hirst"],
                criteria=[], decision="report_only", received=rec.date(), source_texts=[],
                tags=["html-body", "signs-of-safety", "district-wakefield", "initial", "tick-report", "trap-negated-all"],
                notes="every police criterion is negated (no police involvement, not RSO, no CSE); written report only -> report_only")
    build("a-17-wakefield-icpc-html-negations", district="wakefield", sender="SRU Admin", local="sru.admin",
          subject="ICPC PEARSON-HIRST 18/12/2026", sent=rec - dt.timedelta(minutes=1), received=rec, sections=secs, lab=lab)


def c18():
    rec = ts(2026, 12, 9, 16, 0)
    secs = [("b", "OFFICIAL-SENSITIVE"), ("h", "CareDirector - Conference Booking Confirmation"),
            ("table", [["Conference", "Initial Child Protection Conference"], ["Date and time", "Wednesday 16th December 2026, 10.00 am"],
                       ["Location", "Pontefract Family Hub, Harropwell Lane"], ["Chair", "Yasmin Qureshi"]], False),
            ("h", "Children and family"),
            ("table", [["Name", "Details"], ["Amina Yusuf", "aged 7 (DOB 04/05/2019)"], ["Hodan Yusuf", "DOB 12/12/2021"],
                       ["Fadumo Ali", "mother"], ["Abdi Yusuf", "father"]], True),
            ("h", "What are we worried about?"),
            ("p", "Amina's school was told by her friend that Amina is going to Somalia in the February half term 'to be cut'. Ms Ali has undergone FGM herself. Tickets have been booked for the whole family. Category: physical abuse (risk of FGM)."),
            ("h", "Police"),
            ("p", "The Chair has discussed this case with DI Rachel Coates (Wakefield Safeguarding Unit) and it has been agreed that police will attend the conference."),
            ("p", "West Yorkshire Police: attendance required."),
            ]
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2026-12-16", time="10:00", tick=True,
                harm=["physical"], children=[("Amina Yusuf", "2019-05-04"), ("Hodan Yusuf", "2021-12-12")],
                adults=["Fadumo Ali", "Abdi Yusuf"], criteria=["negotiated_attendance"], decision="attend", received=rec.date(),
                source_texts=[], tags=["html-body", "district-wakefield", "initial", "negotiated", "notice-boundary-5", "fgm"],
                notes="Chair and DI agreed police attend (W8) -> attend; FGM risk itself is not a listed criterion; notice exactly 5 WD")
    build("a-18-wakefield-icpc-html-negotiated-di", district="wakefield", sender="CareDirector", local="caredirector.noreply",
          subject="Conference booked: ICPC YUSUF 16/12/2026", sent=rec - dt.timedelta(minutes=1), received=rec, sections=secs, lab=lab)


def c19():
    rec = ts(2026, 12, 14, 9, 0)
    secs = [("b", "OFFICIAL-SENSITIVE"), ("h", "Review Child Protection Conference"),
            ("table", [["Date", "07/01/2027"], ["Time", "2pm"], ["Venue", "Microsoft Teams (link to follow)"],
                       ["Review", "2nd review"], ["Plan category", "Sexual abuse"]], False),
            ("table", [["Family member", "Relationship", "D.O.B."], ["Mia Blackburn", "Child", "15/11/2010"],
                       ["Joanne Blackburn", "Mother", "02/02/1985"], ["Paul Denton", "Mother's partner", "30/04/1979"]], True),
            ("h", "What are we worried about?"),
            ("p", "Since the last review Mia has twice been found in a flat in Beeston with men in their thirties who supplied her with cannabis and alcohol. Professionals now consider child sexual exploitation a significant risk for Mia, and a CSE risk assessment is being completed."),
            ("h", "Core group"),
            ("p", "Core group: social worker, Cockburn School, CAMHS, Leeds Youth Service, Joanne and Paul."),
            ("p", "Please send a police report to the Integrated Safeguarding Unit before the conference."),
            ]
    lab = label(district="leeds", kind="review", pre_birth=False, date="2027-01-07", time="14:00", tick=None,
                harm=["sexual"], children=[("Mia Blackburn", "2010-11-15")], adults=["Joanne Blackburn", "Paul Denton"],
                criteria=["child_sexual_exploitation"], decision="discuss", received=rec.date(), source_texts=[],
                tags=["html-body", "district-leeds", "review", "cse", "tick-absent", "no-police-core-group"],
                notes="review, police not in core group, new CSE risk since last review -> discuss")
    build("a-19-leeds-rcpc-html-cse-link", district="leeds", sender="ISU Leeds", local="isu",
          subject="RCPC - BLACKBURN Mia - 07/01/2027", sent=rec - dt.timedelta(minutes=1), received=rec, sections=secs, lab=lab,
          alternative=True)


def c20():
    rec = ts(2026, 12, 10, 10, 0)
    secs = [("b", "OFFICIAL-SENSITIVE"), ("h", "Kirklees Children's Services - Review Child Protection Conference"),
            ("table", [["Date", "Wednesday 20 January 2027"], ["Time", "10:00"], ["Venue", "Dewsbury Town Hall, Wakefield Old Road"],
                       ["Category", "Physical abuse"]], False),
            ("table", [["Name", "Date of birth", "Relationship"], ["Jacob Wood", "19/08/2012", "Child"], ["Esme Wood", "08/02/2016", "Child"],
                       ["Natalie Wood", "25/05/1986", "Mum"], ["Shaun Wood", "14/01/1984", "Dad"]], True),
            ("h", "What are we worried about?"),
            ("p", "The plan was made because Jacob was hit with a belt by his dad. Since the last conference there have been no new injuries, but Jacob still says he is frightened when his dad drinks."),
            ("h", "Core group and plan"),
            ("p", "Police actions in the child protection plan: PC Imran Aziz (Kirklees Safeguarding Unit) attends core group meetings and shares any police incident logs about the address with the social worker each month."),
            ]
    lab = label(district="kirklees", kind="review", pre_birth=False, date="2027-01-20", time="10:00", tick=None,
                harm=["physical"], children=[("Jacob Wood", "2012-08-19"), ("Esme Wood", "2016-02-08")],
                adults=["Natalie Wood", "Shaun Wood"], criteria=["core_group_member"], decision="attend", received=rec.date(),
                source_texts=[], tags=["html-body", "district-kirklees", "review", "core-group", "tick-absent", "wakefield-rules"],
                notes="Kirklees on Wakefield rules; police officer is an active core group member with actions in the plan -> attend")
    build("a-20-kirklees-rcpc-html-police-core-group", district="kirklees", sender="Child Protection Conferences",
          local="cp.conferences", subject="Review CPC - WOOD - 20/01/2027", sent=rec - dt.timedelta(minutes=1), received=rec,
          sections=secs, lab=lab)


def c21():
    rec = ts(2026, 12, 15, 11, 45)
    secs = [("b", "OFFICIAL-SENSITIVE"), ("h", "Initial Child Protection Conference - Calderdale"),
            ("table", [["Conference date", "05/01/2027"], ["Start time", "13:30"], ["Venue", "Elland Children's Centre"],
                       ["LCS reference", "LCS1051730"], ["Category", "Physical abuse"]], False),
            ("table", [["Name", "D.O.B.", "Lives with child?"], ["Ellie Mitchell", "30/07/2019", "-"],
                       ["Sophie Mitchell (mother)", "16/06/1996", "Yes"], ["Aaron Hale (father)", "03/03/1993", "No - alternate weekends"]], True),
            ("h", "What are we worried about?"),
            ("p", "Ms Mitchell alleges that Mr Hale hit Ellie across the legs during contact on 05/12/2026. Mr Hale disputes this and Ellie has not repeated the account. No injury was seen."),
            ("p", "A strategy discussion was held with West Yorkshire Police on 08/12/2026. Police advised that there would be no criminal investigation; a single-agency section 47 enquiry is being completed by children's social care."),
            ("p", "Police attendance is not requested; please provide a written report."),
            ]
    lab = label(district="calderdale", kind="initial", pre_birth=False, date="2027-01-05", time="13:30", tick=False,
                harm=["physical"], children=[("Ellie Mitchell", "2019-07-30")], adults=["Sophie Mitchell", "Aaron Hale"],
                criteria=[], decision="report_only", received=rec.date(), source_texts=[],
                tags=["html-body", "district-calderdale", "initial", "tick-report", "trap-allegation-only", "trap-strategy-discussion",
                      "name-with-role-in-cell"],
                notes="allegation only, police declined to investigate after the strategy discussion; no criterion -> report_only")
    build("a-21-calderdale-icpc-html-allegation-only", district="calderdale", sender="CP Admin", local="cp.admin",
          subject="ICPC booking - MITCHELL - 05.01.2027", sent=rec - dt.timedelta(minutes=1), received=rec, sections=secs, lab=lab)


if __name__ == "__main__":
    for f in (c15, c16, c17, c18, c19, c20, c21):
        f()
