"""Layout 120: unusual conference kinds (reconvened, brought forward, transfer-in review, pre-birth review,
unborn child and siblings, child already looked after, adjourned without a date)."""
from lib import *
import datetime as dt

L = "120"


def c01():
    rec, sent = D(2026, 12, 15, 10, 0), D(2026, 12, 15, 9, 54)
    subj = "RECONVENED ICPC - HAMMOND - Friday 18/12/2026 10am"
    body = ("Morning,\n\nPlease see attached notice of the reconvened conference for Riley Hammond. I appreciate the notice is short; "
            "the chair asked for the earliest date that the police OIC could make.\n\nThanks\nPriya Sharma\nSafeguarding and Review Unit | Wakefield Council")
    letter = [
        ("small", "OFFICIAL-SENSITIVE"),
        ("title", "Notice of Reconvened Initial Child Protection Conference"),
        ("p", "Dear Colleague,"),
        ("p", "The Initial Child Protection Conference for Riley Hammond (born 12/04/2021) opened on Wednesday 2 December 2026 and was "
              "adjourned by the chair, Ifeoma Okafor, because information from the police about the investigation was not available on the day. "
              "The conference will reconvene on Friday 18 December 2026 at 10.00am at Wakefield One, room 2.14."),
        ("p", "Riley lives with his mother, Danielle Hammond, and father, Liam Hammond. On 24/11/2026 Riley was taken to Pinderfields A&E with a "
              "spiral fracture of the left upper arm; the explanations given by his parents did not match each other or the injury."),
        ("p", "West Yorkshire Police are investigating. Both parents were interviewed under caution on 30/11/2026 and released under "
              "investigation, and the file is with the CPS for a charging advice. Riley is staying with his paternal aunt under a safety plan."),
        ("p", "The chair has asked that the officer in the case, or a colleague from the CPPU, attends the reconvened conference in person."),
        ("kv", [("CareDirector ID", "CD618802"), ("Category", "Physical"), ("Police attendance", "Required")]),
        ("p", "Yours faithfully,"),
        ("p", "Safeguarding and Review Unit, Wakefield Council"),
    ]
    att, t = docx_att(letter, "Reconvened ICPC notice - HAMMOND.docx", author="Priya Sharma")
    return case("01", "wakefield", "initial", "reconvened-icpc-short-notice",
                headers=lambda cid: council_headers(cid, from_name="Priya Sharma", from_addr="priya.sharma@wakefield.gov.uk",
                                                    to=to_box("wakefield"), subject=subj, sent=sent, received=rec, relay_host="mail1.wakefield.gov.uk",
                                                    marking="OFFICIAL-SENSITIVE"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="wakefield", kind="initial", date="2026-12-18", time="10:00", tick=True, harm=["physical"],
                           children=[("Riley Hammond", "2021-04-12")], adults=["Danielle Hammond", "Liam Hammond"],
                           criteria=["current_investigation"], decision="attend", flags_required=["late_notice"],
                           flags_unscored=["no_booking_form", "rescheduled"],
                           tags=["docx-letter", "reconvened", "district-wakefield", "initial", "tick-attend", "late-notice", "due-on-received-day"],
                           notes="A reconvened ICPC is still an initial conference: current investigation (RUI, CPS advice) -> attend. "
                                 "3 working days' notice < 5 -> late_notice; report due 15/12 = the day received (not passed). The 02/12 date is "
                                 "the adjourned sitting, not the conference date."))


def c02():
    rec, sent = D(2026, 12, 16, 0, 7, 30), D(2026, 12, 15, 23, 52)
    subj = "EARLY REVIEW CPC brought forward - WILKINSON - 23/12/2026"
    intro = ("Dear colleagues,\n\nThe chair has brought forward the review conference for Oscar and Ava-Grace Wilkinson, which was due on "
             "9 February 2027, because of a significant event. Details below. The chair specifically asks for a police representative to attend.")
    form = [
        ("kv", [("Conference", "Review Child Protection Conference (early review)"), ("Date", "Wednesday 23rd December 2026"),
                ("Time", "10.00am"), ("Venue", "Microsoft Teams"), ("Chair", "Beverley Osei"),
                ("Children", "Oscar Wilkinson (20/02/2020), Ava-Grace Wilkinson (01/06/2023)"),
                ("Adults", "Chantelle Wilkinson (mother), Reece Gill (mother's partner)"), ("Category", "Neglect")]),
        ("h", "Significant event"),
        ("p", "On 11/12/2026 Ava-Grace was taken to the LGI with a skull fracture that Chantelle and Reece could not explain. Reece Gill was "
              "arrested the next day on suspicion of GBH on a child and is on police bail not to have contact with either child. "
              "The investigation is being led by the Leeds Safeguarding Unit."),
        ("kv", [("Police attendance", "Requested by chair")]),
    ]
    node, t = blocks_body(intro, form, "Regards\nKelly-Ann Mortimer\nIntegrated Safeguarding Unit | Leeds City Council")
    hdr = lambda cid: council_headers(cid, from_name="Kelly-Ann Mortimer", from_addr="kelly-ann.mortimer@leeds.gov.uk", to=to_box("leeds"),
                                      subject=subj, sent=sent, received=rec, relay_host="smtp-out1.leeds.gov.uk")
    return case("02", "leeds", "review", "review-brought-forward-significant-event",
                headers=hdr, mime=node, texts=[subj] + t, received=rec,
                label=dict(district="leeds", kind="review", date="2026-12-23", time="10:00", tick=True, harm=["neglect"],
                           children=[("Oscar Wilkinson", "2020-02-20"), ("Ava-Grace Wilkinson", "2023-06-01")],
                           adults=["Chantelle Wilkinson", "Reece Gill"], criteria=["current_investigation"], decision="discuss",
                           flags_unscored=["no_booking_form", "rescheduled"],
                           tags=["html-body", "early-review", "district-leeds", "review", "tick-attend", "late-notice", "date-header-before-midnight"],
                           notes="A review brought forward is still a review: current investigation + chair's request -> discuss (police are not "
                                 "in the core group). Sent 23:52 Tue, received 00:07 Wed 16/12 -> 5 working days < 10 (Leeds review) -> late_notice."))


def c03():
    rec, sent = D(2026, 12, 23, 11, 45), D(2026, 12, 23, 11, 38)
    subj = "Transfer In Review Conference - STANSFIELD - 11/01/2027"
    body = ("Hi\n\nAttached is the booking for Keira Stansfield's Transfer In Review Conference. Keira moved from Bradford to Elland "
            "in November while on a plan.\n\nMerry Christmas\nTerry Haworth\nCP Admin Team | Calderdale MBC")
    doc = [
        ("title", "Transfer In Review Child Protection Conference"),
        ("small", "Calderdale Council - Children and Families - Child Protection Administration"),
        ("kv", [("Date", "Monday 11/01/2027"), ("Time", "10:00"), ("Venue", "Northgate House, Halifax - Room 1"), ("Chair", "Philippa Hinchcliffe"),
                ("Child", "Keira Stansfield (DOB 10/10/2011)"), ("Mother", "Dawn Stansfield"),
                ("Originating authority", "City of Bradford MDC - plan made 02/06/2026, category sexual abuse (risk of sexual exploitation)")]),
        ("h", "Summary from Bradford"),
        ("p", "Keira remains at risk of child sexual exploitation. Since the summer she has been collected from school by men in their twenties in "
              "different cars and has been found with new phones and clothes she cannot explain. Her school and the Bradford social worker have "
              "shared what they know with West Yorkshire Police as intelligence; no crime has been reported and there is no police investigation."),
        ("p", "Dawn is protective but struggles to supervise Keira, who goes out at night through her bedroom window."),
        ("table", None, [["Police", "Please send a written report"], ["Police actions in current plan", "None"]], [0.4, 0.6]),
    ]
    att, t = pdf_att(doc, "TI review booking STANSFIELD.pdf", author="Terry Haworth")
    return case("03", "calderdale", "transfer-in", "transfer-in-review-cse-no-police",
                headers=lambda cid: council_headers(cid, from_name="Terry Haworth", from_addr="terry.haworth@calderdale.gov.uk",
                                                    to=to_box("calderdale"), subject=subj, sent=sent, received=rec, relay_host="mx-out.calderdale.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="calderdale", kind="transfer_in", date="2027-01-11", time="10:00", tick=None, harm=["sexual"],
                           children=[("Keira Stansfield", "2011-10-10")], adults=["Dawn Stansfield"],
                           criteria=["child_sexual_exploitation"], decision="discuss",
                           tags=["pdf-form", "transfer-in-review", "district-calderdale", "transfer-in", "tick-absent", "christmas-working-days"],
                           notes="'Transfer In Review': a transfer-in counts as initial (POLICY); CSE is a considered risk with no police "
                                 "investigation -> Calderdale discuss. Read as a review it is also discuss (CSE link), so the label is robust."))


def c04():
    rec, sent = D(2027, 1, 28, 14, 40), D(2027, 1, 28, 14, 31)
    subj = "Pre-birth Review Conference - unborn baby SHEPHERD - Thurs 11 Feb 2027"
    intro = ("Dear all,\n\nPlease find below the details of the pre-birth review conference for Tasha Shepherd's unborn baby. The baby is "
             "due on 20/03/2027; this review is being held before the birth so the birth plan can be agreed.")
    form = [
        ("kv", [("Conference", "Pre-birth review child protection conference"), ("Date", "11/02/2027"), ("Time", "10:00"),
                ("Venue", "Huddersfield Royal Infirmary - Maternity Seminar Room"), ("Chair", "Malcolm Ogden"),
                ("Unborn child", "Baby Shepherd (unborn), EDD 20/03/2027"), ("Mother", "Tasha Shepherd, DOB 14/09/2007 (care leaver)"),
                ("Father", "not named"), ("Category", "Neglect")]),
        ("h", "Progress since the pre-birth conference"),
        ("p", "Tasha has moved into supported accommodation at Ashbrow and has attended every antenatal appointment. She has completed the "
              "Baby Steps programme. Her personal adviser and the midwife report good progress."),
        ("h", "Draft birth plan (extract)"),
        ("p", "If Tasha tries to leave hospital with the baby before the discharge planning meeting against medical advice, ward staff will "
              "contact the Emergency Duty Team; if the baby would be at immediate risk, the police could be asked to consider their police "
              "protection powers. This is a contingency only and is not expected."),
        ("p", "There has been no police involvement with Tasha since she left care and the police are not in the core group."),
        ("ticks", "West Yorkshire Police", [(False, "Please attend"), (True, "Written report is sufficient")]),
    ]
    node, t = blocks_body(intro, form, "Kind regards\nJodie Crowther\nChild Protection and Review Team | Kirklees Council")
    return case("04", "kirklees", "prebirth-review", "pre-birth-review-hypothetical-police-protection",
                headers=lambda cid: council_headers(cid, from_name="Jodie Crowther", from_addr="jodie.crowther@kirklees.gov.uk",
                                                    to=to_box("kirklees"), subject=subj, sent=sent, received=rec, relay_host="mx-out.kirklees.gov.uk"),
                mime=node, texts=[subj] + t, received=rec,
                label=dict(district="kirklees", kind="review", pre_birth=True, date="2027-02-11", time="10:00", tick=False, harm=["neglect"],
                           children=[("Baby Shepherd", None)], adults=["Tasha Shepherd"], criteria=[], decision="report_only",
                           flags_unscored=["no_booking_form"],
                           tags=["html-body", "pre-birth-review", "birth-plan-hypothetical", "district-kirklees", "review", "tick-report", "safe-report-only"],
                           notes="Pre-birth review (a review): police protection appears only as a contingency in the birth plan "
                                 "(hypothetical); no police involvement; report sufficient -> report_only."))


def c05():
    rec, sent = D(2027, 1, 25, 18, 55), D(2027, 1, 25, 18, 49)
    subj = "ICPC (unborn + siblings) - ALI - 02/02/2027"
    body = ("Dear Colleague\n\nInvitation attached for an initial child protection conference for Saima Ali's unborn baby and her two "
            "children. Please return your report to bsru.conferences@bradford.gov.uk.\n\nRegards\nAmeena Rauf\nSafeguarding and Reviewing Unit")
    letter = [
        ("small", "OFFICIAL-SENSITIVE"),
        ("p", "City of Bradford Metropolitan District Council - Children's Services - Safeguarding and Reviewing Unit"),
        ("p", "Dear Sir or Madam"),
        ("h", "Initial Child Protection Conference: unborn baby of Saima Ali, Hamza Ali and Inaya Ali"),
        ("p", "You are invited to an initial child protection conference on Tuesday 2nd February 2027 at 10:00am in Room 9, Britannia House, "
              "Hall Ings, Bradford. The chair will be Graham Lockwood."),
        ("table", ["Name", "Date of birth / EDD", "Relationship"], [
            ["Unborn baby Ali", "EDD 10/04/2027", "unborn child"], ["Hamza Ali", "15/01/2017", "sibling"], ["Inaya Ali", "09/09/2020", "sibling"],
            ["Saima Ali", "22/02/1994", "mother"], ["Daniel Farrar", "30/08/1988", "mother's partner, father of the unborn baby"]], [0.35, 0.3, 0.35]),
        ("p", "The conference has been called because Mr Farrar, who was convicted in 2020 of sexual assault of a 12-year-old, is managed under "
              "MAPPA as a category 1 offender and has started staying at the family home in Eccleshill most nights. Ms Ali did not tell Children's "
              "Services about the relationship until her 20-week scan."),
        ("p", "Categories being considered: sexual abuse (risk) for all three children."),
        ("p", "Yours faithfully"),
        ("p", "Graham Lockwood, Independent Reviewing Officer"),
    ]
    att, t = docx_att(letter, "ICPC invitation ALI unborn and siblings.docx", author="Ameena Rauf")
    return case("05", "bradford", "prebirth-initial", "unborn-and-siblings-mappa-cat1",
                headers=lambda cid: council_headers(cid, from_name="Ameena Rauf", from_addr="ameena.rauf@bradford.gov.uk", to=to_box("bradford"),
                                                    subject=subj, sent=sent, received=rec, relay_host="mailgw1.bradford.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="bradford", kind="initial", pre_birth=True, date="2027-02-02", time="10:00", tick=None, harm=["sexual"],
                           children=[("Unborn baby Ali", None), ("Hamza Ali", "2017-01-15"), ("Inaya Ali", "2020-09-09")],
                           adults=["Saima Ali", "Daniel Farrar"], criteria=["registered_sex_offender", "prior_unit_involvement"],
                           decision="attend", flags_unscored=["no_booking_form"],
                           tags=["docx-letter", "unborn-and-siblings", "mappa-cat-1", "district-bradford", "initial", "pre-birth", "tick-absent"],
                           notes="Bradford -> Wakefield rules. One conference for an unborn baby and two siblings (pre-birth initial). "
                                 "MAPPA category 1 = registered sexual offender, staying in the home -> attend."))


def c06():
    rec, sent = D(2026, 11, 27, 12, 10), D(2026, 11, 27, 12, 2)
    subj = "OFFICIAL-SENSITIVE ICPC DIXON 04/12/26 11:00 (children looked after under ICO)"
    intro = ("Good afternoon,\n\nPlease note this initial conference is for two children who are already looked after under interim care "
             "orders. The chair has agreed the conference should still go ahead because the care plan is to return Poppy to her mother within "
             "weeks, and a child protection plan will be needed then. Booking details below.")
    form = [
        ("kv", [("Conference", "ICPC"), ("Date", "04/12/2026"), ("Time", "11:00"), ("Venue", "Merrion House, room 7.01"), ("Chair", "Marcus Achebe"),
                ("Mosaic", "2301880 / 2301881"), ("Category", "Neglect")]),
        ("table", ["Name", "DOB", "Where living now"], [
            ["Harvey Dixon", "04/11/2016", "foster care (ICO)"], ["Poppy Dixon", "05/05/2026", "with maternal grandmother (ICO, connected carer)"],
            ["Tanya Dixon", "18/02/1995", "mother, Seacroft"], ["Shane Dixon", "02/10/1992", "father, in HMP Leeds on remand (unrelated matter)"]],
         [0.3, 0.2, 0.5]),
        ("h", "Reason for conference"),
        ("p", "On 20/11/2026 officers responding to a disturbance found Harvey and Poppy in the flat with their mother heavily intoxicated and "
              "a cannabis grow in the back bedroom. The officers took both children into police protection under section 46 and placed them "
              "with their grandmother overnight. An emergency protection order was granted on 23/11/2026 and interim care orders on 26/11/2026."),
        ("ticks", "West Yorkshire Police", [(False, "Attendance required"), (True, "Written report sufficient")]),
    ]
    node, t = blocks_body(intro, form, "Thanks\nRosalind Kettlewell\nIntegrated Safeguarding Unit | Leeds City Council")
    return case("06", "leeds", "initial", "children-looked-after-police-protection",
                headers=lambda cid: council_headers(cid, from_name="Rosalind Kettlewell", from_addr="rosalind.kettlewell@leeds.gov.uk.cjsm.net",
                                                    to=to_box("leeds"), subject=subj, sent=sent, received=rec, cjsm=True,
                                                    relay_host="smtp-out2.leeds.gov.uk", marking="OFFICIAL-SENSITIVE"),
                mime=node, texts=[subj] + t, received=rec,
                label=dict(district="leeds", kind="initial", date="2026-12-04", time="11:00", tick=False, harm=["neglect"],
                           children=[("Harvey Dixon", "2016-11-04"), ("Poppy Dixon", "2026-05-05")], adults=["Tanya Dixon", "Shane Dixon"],
                           criteria=["police_protection"], decision="attend", flags_required=["tickbox_conflict"], flags_unscored=["no_booking_form"],
                           tags=["html-body", "cjsm", "looked-after-children", "epo-after-pp", "district-leeds", "initial", "tick-report",
                                 "tickbox-conflict", "notice-boundary-5"],
                           notes="Children already looked after, but the conference arises from police protection (s46) on 20/11 (the EPO "
                                 "came later) -> Leeds item 4 -> attend despite 'written report sufficient'. Notice exactly 5 working days."))


def c07():
    rec, sent = D(2026, 12, 10, 15, 20), D(2026, 12, 10, 15, 13)
    subj = "ICPC COATES - ADJOURNED - new date to follow"
    body = """Dear all,

The Initial Child Protection Conference for Ellis Coates (DOB 27/07/2022) and Ruby Coates (DOB 15/03/2019) held yesterday, Wednesday 9 December 2026, was adjourned after 40 minutes at the request of Ms Coates's solicitor, who had not received the reports.

The chair, Naveed Iqbal, has directed that the conference is reconvened within 10 working days. We have NOT yet been able to fix a date - the chair's diary is being checked and a new invitation will be sent as soon as it is confirmed. Please hold your reports until then.

For information: the police investigation into the bruising to Ellis (Ms Coates's partner, Jason Tate, was arrested on 26/11/2026 and remains on bail) is ongoing, and the chair would like police at the reconvened conference.

Mother: Lindsey Coates
Mother's partner: Jason Tate

Safeguarding and Review Unit
Wakefield Council"""
    return case("07", "wakefield", "initial", "adjourned-date-to-be-fixed",
                headers=lambda cid: council_headers(cid, from_name="SRU Conferences", from_addr="sru.conferences@wakefield.gov.uk",
                                                    to=to_box("wakefield"), subject=subj, sent=sent, received=rec, relay_host="mail2.wakefield.gov.uk"),
                mime=cover(body, html_too=False), texts=[subj, body], received=rec,
                label=dict(district="wakefield", kind="initial", date=None, time=None, tick=None, harm=None,
                           children=[("Ellis Coates", "2022-07-27"), ("Ruby Coates", "2019-03-15")], adults=["Lindsey Coates", "Jason Tate"],
                           criteria=["current_investigation"], decision="manual_review", flags_required=["missing_conference_date"],
                           no_deadlines=True, flags_unscored=["no_booking_form", "rescheduled", "not_an_invitation"],
                           tags=["plain-text", "adjourned", "date-to-be-fixed", "district-wakefield", "initial"],
                           notes="Adjourned; the reconvened date is not fixed, and 9 December is the adjourned sitting (already past) -> the "
                                 "conference date cannot be read -> manual_review with missing_conference_date."))


if __name__ == "__main__":
    run([c01(), c02(), c03(), c04(), c05(), c06(), c07()], L)
