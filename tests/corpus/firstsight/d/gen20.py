"""Layout 20: review conference invitations in the form of the previous conference's chair's summary
with a 'Next conference' section (date, time, venue)."""
import datetime as dt
import io
import docx
from docx.shared import Pt
from common import Texts, build_message, write_eml, label

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_docx(tx, blocks):
    d = docx.Document()
    for kind, text in blocks:
        tx.add(text)
        if kind == "title":
            d.add_heading(text, level=0)
        elif kind == "h":
            d.add_heading(text, level=2)
        elif kind == "kv":
            k, v = text.split(": ", 1)
            p = d.add_paragraph()
            r = p.add_run(k + ": ")
            r.bold = True
            p.add_run(v)
            tx.add(k, v)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def as_text(blocks):
    out = []
    for kind, text in blocks:
        if kind in ("title", "h"):
            out += ["", text]
        elif kind == "b":
            out.append("- " + text)
        else:
            out.append(text)
    return "\n".join(out).strip() + "\n"


CASES = [
 dict(
  name="d-20-wakefield-review-chair-summary-plan-to-end",
  district="wakefield", sender=("Safeguarding and Review Unit", "sru.bookings"), recv=dt.datetime(2026, 12, 1, 10, 40),
  subject="RCPC 21/12/2026 - ROBSHAW - chair's summary and invitation",
  body=("Dear all,\n\nPlease find attached the chair's summary from the last review conference for Ellie-Mae Robshaw. "
        "This is your invitation to the next review conference - details are in the 'Next conference' section.\n\n"
        "Safeguarding and Review Unit\nWakefield Council\n"),
  fname="Robshaw - Chair's Summary RCPC 21.09.2026.docx",
  blocks=[("p", "OFFICIAL-SENSITIVE"), ("title", "Chair's Summary - Review Child Protection Conference"),
          ("kv", "Conference held: Monday 21 September 2026 (first review)"), ("kv", "Chair: Marcus Oldroyd"),
          ("kv", "Child: Ellie-Mae Robshaw, born 17/03/2021"),
          ("kv", "Parents: Stacey Robshaw (mother); Lewis Robshaw (father)"),
          ("h", "Summary"),
          ("p", "Ellie-Mae has been on a plan under the category of neglect since June 2026. Home conditions are now good, "
                "her weight is on the 25th centile and she attends nursery every day. Parents have worked openly with "
                "the social worker."),
          ("p", "Chair's view: if progress is sustained, the plan is likely to end at the next review and support "
                "should step down to a Child in Need plan."),
          ("h", "Decision"), ("p", "Ellie-Mae to remain subject of a child protection plan - category: neglect."),
          ("h", "Core group"), ("b", "Social worker - Jade Fothergill"), ("b", "Health visitor - Mandy Ward"),
          ("b", "Nursery manager - Tracey Hinchliffe"), ("b", "Stacey and Lewis Robshaw"),
          ("p", "Police are not members of the core group."),
          ("h", "Next conference"), ("kv", "Date: Monday 21st December 2026"), ("kv", "Time: 10.00am"),
          ("kv", "Venue: Wakefield One, Burton Street, Wakefield (or Teams)")],
  body_only=False,
  kind="review", pre_birth=False, date="2026-12-21", time="10:00", tick=None, harm=["neglect"],
  children=[("Ellie-Mae Robshaw", "2021-03-17")], adults=["Stacey Robshaw", "Lewis Robshaw"], criteria=[],
  expect="report_only",
  tags=["layout-20", "chair-summary", "docx", "review", "plan-to-end", "police-not-core-group", "report-only"],
  notes="review, plan likely to end, police not in core group, no police matter -> report_only"),
 dict(
  name="d-20-leeds-review-summary-body-historic-pp",
  district="leeds", sender=("Integrated Safeguarding Unit", "isu.reviews"), recv=dt.datetime(2026, 11, 23, 9, 10),
  subject="Invitation to review conference - 08/12/2026 - O'CONNOR (summary of previous conference below)",
  body=None, fname=None,
  blocks=[("p", "Dear colleague, you are invited to the review conference shown under 'Next conference' below. The "
                "summary of the previous conference is copied here for reference."),
          ("p", "OFFICIAL-SENSITIVE"),
          ("title", "Summary of Review Child Protection Conference held 08/09/2026"),
          ("kv", "Chair: Ahmed Qureshi"),
          ("kv", "Children: Niamh O'Connor (02/02/2013), Ciaran O'Connor (25/07/2017)"),
          ("kv", "Adults: Bernadette O'Connor (mother), Declan Burke (mother's partner)"),
          ("h", "Background"),
          ("p", "The children were placed in police protection in 2019 after being left home alone overnight; that episode "
                "ended when they returned home under a safety plan. The current plan (emotional abuse) was made in "
                "March 2026 because of Ms O'Connor's alcohol misuse and the children's caring role."),
          ("h", "Progress"),
          ("p", "Ms O'Connor has been abstinent for four months and is working with Forward Leeds. Niamh is attending a "
                "young carers group."),
          ("h", "Core group"),
          ("p", "Social worker, school (both DSLs), school nurse, Forward Leeds worker, Ms O'Connor. Police are not in "
                "the core group and there is no current police involvement."),
          ("h", "Next conference"),
          ("kv", "Date: Tuesday 8 December 2026"), ("kv", "Time: 09:30"),
          ("kv", "Venue: St George House, 40 Great George Street, Leeds LS1 3DL"),
          ("p", "Integrated Safeguarding Unit - Leeds City Council")],
  body_only=True,
  kind="review", pre_birth=False, date="2026-12-08", time="09:30", tick=None, harm=["emotional"],
  children=[("Niamh O'Connor", "2013-02-02"), ("Ciaran O'Connor", "2017-07-25")],
  adults=["Bernadette O'Connor", "Declan Burke"], criteria=["prior_unit_involvement"], expect="report_only",
  tags=["layout-20", "chair-summary", "body-text", "review", "trap-historical-police-protection", "police-not-core-group",
        "report-only"],
  notes="2019 police protection is historical only (prior involvement, no effect on a review); police not in core group -> report_only"),
 dict(
  name="d-20-calderdale-review-summary-new-police-matter",
  district="calderdale", sender=("Andrea Crabtree", "cp.admin"), recv=dt.datetime(2026, 11, 27, 14, 25),
  subject="Review CPC 11/12/26 - HEPWORTH - previous summary and update",
  body=("Hi,\n\nAttached is the chair's summary from the last conference for the Hepworth children, which includes "
        "the date of the review conference you are invited to. Please note the update from the social worker at the "
        "end of the document.\n\nAndrea\nCP Admin, Calderdale Council\n"),
  fname="Hepworth chair summary with update.docx",
  blocks=[("p", "OFFICIAL-SENSITIVE"), ("title", "Child Protection Conference - Chair's Summary"),
          ("kv", "Date of conference: 11/09/2026 (Initial)"), ("kv", "Chair: Jennifer Bottomley"),
          ("kv", "Family: Tyler Hepworth (born 08/08/2015); Grace Hepworth (born 19/02/2019); Michelle Hepworth - mother; Aaron Kenny - mother's partner"),
          ("h", "Outcome"), ("p", "Both children subject of child protection plans under the category of emotional abuse."),
          ("h", "Core group"), ("p", "Social worker, school, health visitor, Ms Hepworth and Mr Kenny. No police role in the plan."),
          ("h", "Next conference"), ("kv", "Date: Friday 11 December 2026"), ("kv", "Time: 1.30pm"),
          ("kv", "Venue: Northgate House, Halifax"),
          ("h", "Update from the social worker (26/11/2026)"),
          ("p", "Since the last conference, on 21/11/2026 Tyler disclosed that Mr Kenny punched him in the stomach. Mr Kenny "
                "was arrested on 22/11/2026 and has been released under investigation; the police investigation is "
                "ongoing and he is not living at the home.")],
  body_only=False,
  kind="review", pre_birth=False, date="2026-12-11", time="13:30", tick=None, harm=None,
  children=[("Tyler Hepworth", "2015-08-08"), ("Grace Hepworth", "2019-02-19")],
  adults=["Michelle Hepworth", "Aaron Kenny"], criteria=["current_investigation"], expect="discuss",
  tags=["layout-20", "chair-summary", "docx", "review", "new-police-matter", "rui", "police-not-core-group", "several-people-one-cell"],
  notes="review; police not in core group but a new current investigation (arrest, RUI) since the last conference -> discuss"),
 dict(
  name="d-20-wakefield-review-summary-dc-by-role-core-group",
  district="wakefield", sender=("Natalie Gaunt", "natalie.gaunt"), recv=dt.datetime(2026, 12, 3, 9, 0),
  subject="Invitation: RCPC Monday 14/12/2026 - STOTT - chair's summary attached",
  body=("Good morning,\n\nYou are invited to the review child protection conference for Caleb Stott. The chair's "
        "summary of the initial conference is attached; the review details are at the end.\n\nNatalie Gaunt\nSafeguarding and "
        "Review Unit, Wakefield Council\n"),
  fname="STOTT ICPC chair summary.docx",
  blocks=[("p", "OFFICIAL-SENSITIVE"), ("title", "Initial Child Protection Conference - Chair's Summary"),
          ("kv", "Held on: 14 September 2026"), ("kv", "Chair: Simone Kaye"),
          ("kv", "Child: Caleb Stott (DOB 01/05/2011)"), ("kv", "Mother: Rachel Stott"), ("kv", "Stepfather: Jason Pybus"),
          ("h", "Why the plan was made"),
          ("p", "Category: physical abuse, following injuries to Caleb caused by his stepfather; Mr Pybus has since moved "
                "out and is only allowed supervised contact."),
          ("h", "Core group"), ("b", "Social worker"), ("b", "School DSL"), ("b", "School nurse"),
          ("b", "DC from the Safeguarding Unit"), ("b", "Rachel Stott"),
          ("h", "Outline plan"),
          ("b", "DC from the Safeguarding Unit to attend core group meetings and share updates on Mr Pybus's compliance with "
                "the contact arrangements"),
          ("b", "Social worker to visit fortnightly"),
          ("h", "Next conference"), ("kv", "Review conference: Mon 14th Dec 2026"), ("kv", "Time: 2pm"),
          ("kv", "Venue: County Hall, Wakefield - Room 118")],
  body_only=False,
  kind="review", pre_birth=False, date="2026-12-14", time="14:00", tick=None, harm=["physical"],
  children=[("Caleb Stott", "2011-05-01")], adults=["Rachel Stott", "Jason Pybus"], criteria=["core_group_member"],
  expect="attend",
  tags=["layout-20", "chair-summary", "docx", "review", "core-group-by-role"],
  notes="police named in the core group and plan only by role ('DC from the Safeguarding Unit'): Wakefield 5.1 -> attend"),
 dict(
  name="d-20-leeds-prebirth-review-summary-late-notice",
  district="leeds", sender=("Integrated Safeguarding Unit", "isu.reviews"), recv=dt.datetime(2026, 11, 24, 15, 55),
  subject="First review (pre-birth plan) - ELLISON - Mon 7 Dec 2026 2pm",
  body=("Dear all,\n\nBaby Luna was born on 10/11/2026. Attached is the summary of the pre-birth conference, with the "
        "date of the first review conference, which you are invited to.\n\nISU Leeds\n"),
  fname="Ellison pre-birth conference summary.docx",
  blocks=[("title", "Pre-Birth Child Protection Conference - Summary of Decisions"),
          ("kv", "Date held: 06/10/2026"), ("kv", "Chair: Susan Ridley"),
          ("kv", "Unborn child: Baby Ellison (EDD 20/11/2026) - now Luna Ellison, born 10/11/2026"),
          ("kv", "Mother: Kayleigh Ellison"), ("kv", "Father: Nathan Firth"),
          ("h", "Decision"), ("p", "Unborn child to be subject of a child protection plan at birth - category: neglect "
                                   "(mother's learning needs and unstable housing)."),
          ("h", "Core group"), ("p", "Social worker, midwife, health visitor, family support worker, both parents."),
          ("h", "Next conference"), ("kv", "First review: Monday 7 December 2026"), ("kv", "Time: 2:00pm"),
          ("kv", "Venue: Chapeltown Family Hub, Leeds LS7")],
  body_only=False,
  kind="review", pre_birth=True, date="2026-12-07", time="14:00", tick=None, harm=["neglect"],
  children=[("Luna Ellison", "2026-11-10")], adults=["Kayleigh Ellison", "Nathan Firth"], criteria=[],
  expect="report_only",
  tags=["layout-20", "chair-summary", "docx", "pre-birth-review", "late-notice-leeds-review", "report-only"],
  notes="pre-birth review, no police in core group, no police matter -> report_only; Leeds review needs 10 WD notice, only 9"),
 dict(
  name="d-20-bradford-review-summary-new-rso-partner",
  district="bradford", sender=("Bradford CP Conferences", "cp.conferences"), recv=dt.datetime(2026, 12, 2, 12, 0),
  subject="RCPC 23/12/2026 - HUSSAIN-CLARKE - invitation with last chair's summary",
  body=("Good afternoon,\n\nYou are invited to the review conference below. The previous chair's summary is attached "
        "and there is a significant update at the end which the chair has asked partners to read.\n\n"
        "Conference Team, Bradford Children's Social Care\n"),
  fname="Hussain-Clarke RCPC summary.docx",
  blocks=[("p", "OFFICIAL-SENSITIVE"), ("title", "Review Child Protection Conference - Chair's Summary"),
          ("kv", "Conference date: 23/09/2026"), ("kv", "Chair: Yasmin Akhtar"),
          ("kv", "Children: Layla Hussain-Clarke (09/06/2016), Idris Hussain-Clarke (22/01/2020)"),
          ("kv", "Mother: Sophie Clarke"),
          ("h", "Decision"), ("p", "Children to remain on child protection plans - category: emotional abuse."),
          ("h", "Core group"), ("p", "Social worker, both schools, health visitor, Ms Clarke. No police involvement in the plan."),
          ("h", "Next conference"), ("kv", "Date: Wednesday 23 December 2026"), ("kv", "Time: 10:00"),
          ("kv", "Venue: Margaret McMillan Tower, Bradford"),
          ("h", "Significant update (30/11/2026)"),
          ("p", "Ms Clarke's new partner, Robert Ingham, who has been staying at the home several nights a week, is a "
                "registered sex offender. Ms Clarke says she did not know.")],
  body_only=False,
  kind="review", pre_birth=False, date="2026-12-23", time="10:00", tick=None, harm=["emotional"],
  children=[("Layla Hussain-Clarke", "2016-06-09"), ("Idris Hussain-Clarke", "2020-01-22")],
  adults=["Sophie Clarke", "Robert Ingham"], criteria=["registered_sex_offender"], expect="discuss",
  tags=["layout-20", "chair-summary", "docx", "review", "new-rso", "bradford-wakefield-rules", "police-not-core-group"],
  notes="review with police not in core group; new RSO partner staying at the home -> discuss (Wakefield review rules for Bradford)"),
 dict(
  name="d-20-calderdale-chair-summary-minutes-not-invitation",
  district="calderdale", sender=("Maxine Sutcliffe", "cp.admin"), recv=dt.datetime(2026, 12, 4, 16, 30),
  subject="Chair's summary - ICPC held 04/12/2026 - SWIFT - for information",
  body=("Hello,\n\nFor your records, please find attached the chair's summary of today's initial conference for the "
        "Swift children. This is not an invitation: formal invitations to the review conference will be sent nearer "
        "the time.\n\nMaxine\nCP Administration, Calderdale Council\n"),
  fname="Swift ICPC chair summary 04.12.2026.docx",
  blocks=[("p", "OFFICIAL-SENSITIVE"), ("title", "Chair's Summary - Initial Child Protection Conference"),
          ("kv", "Held: 04/12/2026, Northgate House"), ("kv", "Chair: Hugh Armitage"),
          ("kv", "Children: Kian Swift (11/11/2018); Daisy Swift (03/07/2022)"), ("kv", "Parents: Laura Swift; Connor Swift"),
          ("h", "Decision"), ("p", "Both children made subject of child protection plans - category: neglect."),
          ("h", "Core group"), ("p", "Social worker, school, health visitor, both parents. First core group 15/12/2026."),
          ("h", "Next conference"), ("kv", "Date: Thursday 4 March 2027"), ("kv", "Time: 9.30am"),
          ("kv", "Venue: to be confirmed")],
  body_only=False,
  kind=None, pre_birth=False, date=None, time=None, tick=None, harm=["neglect"],
  children=[("Kian Swift", "2018-11-11"), ("Daisy Swift", "2022-07-03")], adults=["Laura Swift", "Connor Swift"],
  criteria=[], expect="manual_review", decision="manual_review", flags_req=["not_an_invitation"], deadlines_on=False,
  not_forbid=["missing_reason", "no_booking_form", "missing_conference_date", "late_notice", "deadline_passed",
              "possible_duplicate"],
  tags=["layout-20", "chair-summary", "docx", "not-an-invitation", "minutes"],
  notes="chair's summary of a conference just held, sent for information (explicitly not an invitation) -> manual_review"),
]


def run():
    for c in CASES:
        tx = Texts()
        atts = []
        if c["body_only"]:
            body = as_text(c["blocks"])
            for kind, text in c["blocks"]:
                tx.add(text)
                if kind == "kv":
                    tx.add(*text.split(": ", 1))
        else:
            body = c["body"]
            atts.append((c["fname"], make_docx(tx, c["blocks"]), DOCX_MIME))
            tx.add(c["fname"])
        tx.add(c["subject"], body)
        msg = build_message(c["name"], c["district"], c["sender"][0], c["sender"][1], c["subject"], c["recv"],
                            body_text=body, attachments=atts)
        write_eml(c["name"], msg)
        label(c["name"], district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"],
              time=c["time"], tick=c["tick"], harm=c["harm"], children=c["children"], adults=c["adults"],
              criteria=c["criteria"], recv=c["recv"], texts=tx, tags=c["tags"], notes=c["notes"],
              expect=c["expect"], decision=c.get("decision"), flags_req=c.get("flags_req", ()),
              deadlines_on=c.get("deadlines_on", True),
              not_forbid=c.get("not_forbid", ("no_booking_form", "missing_reason")))


if __name__ == "__main__":
    run()
