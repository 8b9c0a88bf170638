"""Layout 17: very short casual plain-text email from a conference co-ordinator; the detail is in a
Word attachment using heading styles and bullet points (no tables)."""
import datetime as dt
import io
import docx
from common import Texts, build_message, write_eml, label

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_docx(tx, c):
    d = docx.Document()
    d.core_properties.author = c["sender"][0]
    for kind, text in c["doc"]:
        tx.add(text)
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


CASES = [
 dict(
  name="d-17-wakefield-icpc-casual-docx-wilful-neglect",
  district="wakefield", sender=("Becky Senior", "rebecca.senior"), recv=dt.datetime(2026, 12, 7, 8, 55),
  subject="ICPC - Firth kids - Weds 16th",
  body=("Hi all,\n\nICPC for the Firth kids is booked for next Weds 16th at 1:30 at Pontefract Town Hall "
        "(Council Chamber side room). Details in the attached - shout if any probs.\n\nThanks\nBecky\n"
        "Conference Co-ordinator, SRU\n"),
  fname="Firth ICPC details.docx",
  doc=[("p", "OFFICIAL-SENSITIVE"), ("h1", "Initial Child Protection Conference - Firth"),
       ("h2", "When and where"), ("b", "Wednesday 16th December 2026"), ("b", "1.30pm to 3.30pm"),
       ("b", "Pontefract Town Hall, Market Place, Pontefract WF8 1PG"), ("b", "Chair: Philippa Hudson"),
       ("h2", "The children"), ("b", "Kayden Firth (03/09/2014)"), ("b", "Lexi Firth (21/01/2018)"),
       ("b", "Mason Firth (10/10/2022)"),
       ("h2", "The adults"), ("b", "Amy Firth - mother"), ("b", "Ryan Firth - father (lives in the home)"),
       ("h2", "Why we are holding this conference"),
       ("p", "On 20 November 2026 police attended the family home after a neighbour's call and found the three "
             "children in a cold house with no food, the youngest in a soiled cot with a nappy rash that had become "
             "infected. Both parents were under the influence of drugs."),
       ("p", "West Yorkshire Police are actively investigating both parents for wilful neglect (child cruelty, "
             "section 1 Children and Young Persons Act 1933). Both parents have been interviewed under caution and "
             "the investigation is ongoing."),
       ("p", "The children are staying with their paternal aunt under a safety plan while the assessment continues."),
       ("h2", "What we need from police"),
       ("b", "Written report to the chair, please"),
       ("h2", "Social worker"), ("b", "Oliver Tasker, Five Towns Assessment Team, 01977 722 418")],
  kind="initial", pre_birth=False, date="2026-12-16", time="13:30", tick=None, harm=["neglect"],
  children=[("Kayden Firth", "2014-09-03"), ("Lexi Firth", "2018-01-21"), ("Mason Firth", "2022-10-10")],
  adults=["Amy Firth", "Ryan Firth"], criteria=["wilful_neglect_investigation"], expect="attend",
  tags=["layout-17", "casual-email", "docx-headings-bullets", "wilful-neglect", "name-(dob)"],
  notes="active police investigation for wilful neglect (s1 CYPA 1933): Wakefield item 3 -> attend"),
 dict(
  name="d-17-leeds-icpc-casual-docx-allegation-only",
  district="leeds", sender=("Hayley Marsden", "hayley.marsden"), recv=dt.datetime(2026, 12, 1, 10, 3),
  subject="Kowalski ICPC Thurs 10th",
  body=("Hi all,\n\nICPC for the Kowalski children booked for Thurs 10th at 10 in the morning, Merrion House, "
        "room 3.04. Everything you need is in the doc attached.\n\nCheers\nHayley (ISU)\n"),
  fname="Kowalski - ICPC info.docx",
  doc=[("h1", "Kowalski family - Initial Child Protection Conference"),
       ("h2", "Conference"), ("b", "Thursday 10/12/2026, 10:00"),
       ("b", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB, room 3.04"), ("b", "Chair: Graham Ellerby"),
       ("h2", "Children"), ("b", "Zofia Kowalski, date of birth 17/05/2016"), ("b", "Kacper Kowalski, date of birth 02/12/2019"),
       ("h2", "Parents and carers"), ("b", "Marta Kowalska - mother"), ("b", "Tomasz Kowalski - father"),
       ("h2", "What are we worried about?"),
       ("p", "Emotional harm. Zofia has self-harmed twice this term and has told school staff that home is 'always shouting'. "
             "Mother alleges that father pushed her during an argument in 2019; father denies this and it was not reported "
             "to the police at the time."),
       ("p", "A strategy discussion was held with police, health and education on 25/11/2026. The section 47 enquiry "
             "was completed by children's social work alone and there has been no police involvement."),
       ("h2", "Police"), ("b", "Police attendance: not required - written report please"),
       ("h2", "Social worker"), ("b", "Imogen Pratt, Leeds South and East")],
  kind="initial", pre_birth=False, date="2026-12-10", time="10:00", tick=False, harm=["emotional"],
  children=[("Zofia Kowalski", "2016-05-17"), ("Kacper Kowalski", "2019-12-02")],
  adults=["Marta Kowalska", "Tomasz Kowalski"], criteria=[], expect="report_only",
  tags=["layout-17", "casual-email", "docx-headings-bullets", "trap-allegation-only", "trap-strategy-discussion",
        "trap-historical-da", "report-only", "name-relationship"],
  notes="historical unreported allegation and a strategy discussion only; no police involvement; report sufficient -> report_only"),
 dict(
  name="d-17-calderdale-icpc-casual-docx-police-protection",
  district="calderdale", sender=("Andrea Crabtree", "cp.admin"), recv=dt.datetime(2026, 12, 2, 13, 15),
  subject="ICPC booked - Nowak/Shaw - Tues 15th 2pm",
  body=("Hi all,\n\nICPC for Leo and Ivy is booked for Tues 15th at 2pm, Northgate House, Halifax. "
        "Booking details attached.\n\nThanks, Andrea\nCP Admin, Calderdale\n"),
  fname="booking details Nowak-Shaw.docx",
  doc=[("p", "OFFICIAL-SENSITIVE"), ("h1", "Child Protection Conference booking"),
       ("h2", "Type of conference"), ("b", "Initial"),
       ("h2", "Date, time, venue"), ("b", "Tuesday 15 December 2026 at 2.00pm"),
       ("b", "Northgate House, Northgate, Halifax HX1 1UN"),
       ("h2", "Children"), ("b", "Leo Nowak - born 06/06/2020"), ("b", "Ivy Shaw - born 19/03/2023"),
       ("h2", "Adults in the household"), ("b", "Kelly Shaw - mother of both children"),
       ("b", "Piotr Nowak - Leo's father, significant adult, lives in Todmorden"),
       ("h2", "Reason for conference"),
       ("p", "On 28/11/2026 police were called to the home at 2am and found both children alone; Ms Shaw was later "
             "found intoxicated in the town centre. Officers took Leo and Ivy into police protection under section 46 "
             "Children Act 1989 and they were placed with foster carers. They have since returned to their mother "
             "under a safety plan with maternal grandmother staying at the home."),
       ("h2", "Requested from police"), ("b", "Report to the chair")],
  kind="initial", pre_birth=False, date="2026-12-15", time="14:00", tick=None, harm=None,
  children=[("Leo Nowak", "2020-06-06"), ("Ivy Shaw", "2023-03-19")], adults=["Kelly Shaw", "Piotr Nowak"],
  criteria=["police_protection"], expect="discuss",
  tags=["layout-17", "casual-email", "docx-headings-bullets", "police-protection", "calderdale-discuss"],
  notes="conference arises from s46 police protection; Calderdale has no PP item -> discuss (POLICY choice)"),
 dict(
  name="d-17-wakefield-chaser-not-invitation",
  district="wakefield", sender=("Becky Senior", "rebecca.senior"), recv=dt.datetime(2026, 12, 4, 14, 41),
  subject="RE: Hirst ICPC - police report?",
  body=("Hi both,\n\nJust chasing the police report for the Hirst ICPC on Thurs 10th - the chair would like it by "
        "Monday if at all possible. Can you let me know who's writing it?\n\nThanks\nBecky\nConference Co-ordinator, SRU\n"),
  fname=None, doc=None,
  kind="initial", pre_birth=False, date="2026-12-10", time=None, tick=None, harm=None,
  children=None, adults=None, criteria=[], expect="manual_review", decision="manual_review",
  flags_req=["not_an_invitation"], deadlines_on=False,
  not_forbid=["missing_reason", "missing_family_details", "no_booking_form", "late_notice", "deadline_passed",
              "possible_duplicate", "missing_conference_date"],
  tags=["layout-17", "casual-email", "not-an-invitation", "chaser", "no-attachment"],
  notes="a chaser for an existing report, not an invitation -> manual_review with not_an_invitation"),
 dict(
  name="d-17-kirklees-review-reschedule-docx-police-core-group",
  district="kirklees", sender=("Conference Team", "conference.team"), recv=dt.datetime(2026, 12, 3, 16, 5),
  subject="RCPC Dyson-Roe - NEW DATE",
  body=("Hi all,\n\nThe RCPC for the Dyson-Roe kids has had to move, sorry - it's now Tues 5th Jan at 10am, same "
        "venue (Dewsbury Town Hall). Updated details attached.\n\nThanks\nSophie\nConference Team, Kirklees\n"),
  fname="RCPC Dyson-Roe updated.docx",
  doc=[("h1", "Review Child Protection Conference - date changed"),
       ("h2", "New date"), ("b", "Tuesday 5th January 2027 at 10.00am"),
       ("b", "Dewsbury Town Hall, Wakefield Old Road, Dewsbury WF12 8DG"),
       ("b", "Previously booked for 17/12/2026 - moved because the chair is unavailable"),
       ("h2", "Children"), ("b", "Charlie Dyson-Roe (12/04/2013)"), ("b", "Evie Dyson-Roe (30/06/2016)"),
       ("h2", "Adults"), ("b", "Lisa Dyson - mother"), ("b", "Wayne Roe - father"),
       ("h2", "Reason for conference"),
       ("p", "Second review of the child protection plan (physical abuse) made in June 2026."),
       ("h2", "Core group"),
       ("b", "Social worker, school DSLs, health visitor, Lisa Dyson, Wayne Roe"),
       ("b", "PC Naomi Slack, Kirklees Safeguarding Unit - core group member; police actions in the plan include "
             "joint home visits with the social worker and monitoring Mr Roe's compliance with the safety agreement")],
  kind="review", pre_birth=False, date="2027-01-05", time="10:00", tick=None, harm=["physical"],
  children=[("Charlie Dyson-Roe", "2013-04-12"), ("Evie Dyson-Roe", "2016-06-30")], adults=["Lisa Dyson", "Wayne Roe"],
  criteria=["core_group_member"], expect="attend", flags_req=["rescheduled"],
  tags=["layout-17", "casual-email", "docx-headings-bullets", "review", "reschedule", "core-group",
        "bank-holiday-arithmetic", "kirklees-wakefield-rules"],
  notes="rescheduled review; police are core group members with plan actions -> attend (Wakefield rules for Kirklees); report due 30/12 over Christmas bank holidays"),
 dict(
  name="d-17-leeds-prebirth-casual-docx-rso",
  district="leeds", sender=("Hayley Marsden", "hayley.marsden"), recv=dt.datetime(2026, 11, 26, 11, 0),
  subject="pre-birth ICPC Thurs 3rd - Unborn Dobson",
  body=("Hi all,\n\nPre-birth ICPC for Gemma Dobson's baby is booked for Thurs 3rd at 9:30, Kirkgate Market offices "
        "(2nd floor meeting room). All the info is in the Word doc.\n\nCheers\nHayley\n"),
  fname="Unborn Dobson PB-ICPC.docx",
  doc=[("h1", "Pre-birth Initial Child Protection Conference"),
       ("h2", "Details"), ("b", "3rd December 2026, 9.30am"), ("b", "Kirkgate Market offices, 2nd floor, Leeds LS2 7HY"),
       ("b", "Chair: Susan Ridley"),
       ("h2", "Unborn child"), ("b", "Unborn Dobson - EDD 14/01/2027"),
       ("h2", "Adults"), ("b", "Gemma Dobson - mother (22/10/1999)"), ("b", "Carl Pickles - father of unborn (05/03/1979)"),
       ("h2", "Concerns"),
       ("p", "Mr Pickles is a registered sex offender, convicted in 2018 of sexual assault of a 13-year-old, and is subject "
             "to indefinite notification requirements. He stays at Ms Dobson's flat most nights and intends to live with "
             "her and the baby."),
       ("h2", "Police"), ("b", "Police attendance requested - yes"),
       ("h2", "Social worker"), ("b", "Farah Ashraf, Leeds North West")],
  kind="initial", pre_birth=True, date="2026-12-03", time="09:30", tick=True, harm=None,
  children=[("Unborn Dobson", None)], adults=["Gemma Dobson", "Carl Pickles"],
  criteria=["registered_sex_offender", "prior_unit_involvement"], expect="attend",
  tags=["layout-17", "casual-email", "docx-headings-bullets", "pre-birth", "rso"],
  notes="RSO is the father of the unborn and stays at the home: Leeds item 6 (pre-birth ICPC = initial) -> attend"),
 dict(
  name="d-17-wakefield-icpc-casual-docx-late-notice",
  district="wakefield", sender=("Safeguarding and Review Unit", "sru.bookings"), recv=dt.datetime(2026, 12, 4, 16, 20),
  subject="ICPC - Sharp - Tues 8th Dec 11am",
  body=("Hi all,\n\nSorry for the short notice - ICPC for Finley Sharp is booked for Tues 8th at 11, Normanton Town "
        "Hall. Details attached.\n\nThanks\nSRU\n"),
  fname="Sharp ICPC.docx",
  doc=[("h1", "ICPC - Finley Sharp"),
       ("h2", "Conference"), ("b", "Tuesday 8 December 2026, 11:00"), ("b", "Normanton Town Hall, High Street, Normanton WF6 2DZ"),
       ("h2", "Child"), ("b", "Finley Sharp (born 29/02/2020)"),
       ("h2", "Adults"), ("b", "Danielle Sharp - mother"), ("b", "Kieran Moxon - mother's partner"),
       ("h2", "Reason for conference"),
       ("p", "Category: neglect. Ms Sharp's mental health has deteriorated and Finley has missed most of his nursery "
             "sessions this term. No police involvement is known."),
       ("h2", "Police"), ("b", "Written report to the chair")],
  kind="initial", pre_birth=False, date="2026-12-08", time="11:00", tick=None, harm=["neglect"],
  children=[("Finley Sharp", "2020-02-29")], adults=["Danielle Sharp", "Kieran Moxon"],
  criteria=[], expect="report_only",
  tags=["layout-17", "casual-email", "docx-headings-bullets", "late-notice", "deadline-passed", "trap-category-neglect",
        "negated-police"],
  notes="neglect category only, no police involvement -> report_only; 2 working days' notice (<5) and report due 03/12 before receipt"),
]


def run():
    for c in CASES:
        tx = Texts()
        tx.add(c["subject"], c["body"])
        atts = []
        if c["doc"]:
            tx.add(c["fname"])
            atts.append((c["fname"], make_docx(tx, c), DOCX_MIME))
        msg = build_message(c["name"], c["district"], c["sender"][0], c["sender"][1], c["subject"], c["recv"],
                            body_text=c["body"], attachments=atts)
        write_eml(c["name"], msg)
        label(c["name"], district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"],
              time=c["time"], tick=c["tick"], harm=c["harm"], children=c["children"], adults=c["adults"],
              criteria=c["criteria"], recv=c["recv"], texts=tx, tags=c["tags"], notes=c["notes"],
              expect=c["expect"], decision=c.get("decision"), flags_req=c.get("flags_req", ()),
              deadlines_on=c.get("deadlines_on", True),
              not_forbid=c.get("not_forbid", ("no_booking_form",)))


if __name__ == "__main__":
    run()
