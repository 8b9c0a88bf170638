"""Layout 98: online-editor exports (Google Docs .docx and PDF, Word for the web .docx, Apple Pages PDF)."""
from __future__ import annotations

import datetime as dt

import common as C
import docxw
import pdfforms
from env import boundary, envelope

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def mail(cid, district, rx, sender, subj, body, fname, data, ct, **kw) -> bytes:
    top = C.multipart("mixed", [C.text_part(body), C.attachment_part(data, ct, fname)], boundary(cid))
    return envelope(cid, district, rx, sender, C.subject(subj), top, **kw)


def P(*runs, num=None, before=0, after=0):
    """A Google Docs paragraph; runs are text or (text, props)."""
    rs = [(r, {}) if isinstance(r, str) else r for r in runs]
    return {"runs": rs, "num": num, "before": before, "after": after}


def texts_of(paras) -> list[str]:
    out = []
    for p in paras:
        t = "".join(r[0] for r in p["runs"])
        if t.strip():
            out.append(t)
    return out


B = {"b": True}
H1 = {"b": True, "sz": 28, "color": "1F3864"}
H2 = {"b": True, "sz": 24, "color": "1F3864"}


# ---------------------------------------------------------------------------------------------- 98-01

def c01():
    cid = "t-98-01-calderdale-icpc-gdocs-docx-checklist-bullets-mappa1-lodger"
    rx = dt.datetime(2027, 1, 7, 9, 50, 33)
    paras = [
        P(("Calderdale Children's Social Care", H1)),
        P(("Request for Initial Child Protection Conference", H2), after=120),
        P(("Conference date: ", B), "Tuesday 19th January 2027"),
        P(("Time: ", B), "10am"),
        P(("Venue: ", B), "Halifax Town Hall, Conference Room 2"),
        P(("Chair: ", B), "Deborah Whiteley"),
        P(("Social worker: ", B), "Sophie Lister (Brighouse & Elland CP Team)"),
        P(("Category: ", B), "Sexual abuse", after=120),
        P(("Child", H2)),
        P("Harvey Stansfield - DOB 23/03/2016 - Year 5, Rastrick Primary", after=120),
        P(("Adults", H2)),
        P("Gemma Stansfield (mum) - DOB 09/09/1990", num="dash"),
        P("Lewis Stansfield (dad, lives in Brighouse, has Harvey alternate weekends) - DOB 17/01/1988", num="dash"),
        P("Paul Ingleby (lodger at mum's since November) - DOB 14/02/1971", num="dash", after=120),
        P(("Concerns identified (tick all that apply)", H2)),
        P("Child sexual exploitation", num="unchecked"),
        P("Domestic abuse", num="unchecked"),
        P("Adult in the household who poses a sexual risk", num="checked"),
        P("Parental substance misuse", num="unchecked"),
        P("Parental mental health", num="checked"),
        P("FGM / honour-based abuse", num="unchecked", after=120),
        P(("Reason for request", H2)),
        P("On 30/12/2026 Lewis told me that Gemma has taken in a lodger. Police have confirmed that Paul Ingleby "
          "is a MAPPA category 1 offender managed by the West Yorkshire Police MOSOVO team. Gemma did not tell "
          "anyone he had moved in and says he is just a friend who needed a room. Harvey says Paul plays on the "
          "Xbox with him in his bedroom."),
        P("Gemma has been struggling with low mood since her mum died in the summer. No CSE concerns for Harvey.",
          after=120),
        P(("Police contribution requested", H2)),
        P("Police to attend the conference", num="checked"),
        P("Written report only", num="unchecked", after=120),
        P(("Completed by: ", B), "Sophie Lister, 06/01/2027"),
    ]
    doc = docxw.gdocs_docx(paras)
    body = ("Hi\n\nPlease find attached the conference request for Harvey Stansfield (ICPC Tuesday 19/01/2027, "
            "10am, Halifax Town Hall).\n\nMany thanks\nSophie\n\nSophie Lister\nSocial Worker\nCalderdale Council")
    subj = "ICPC request - Harvey STANSFIELD - 19/01/27"
    fname = "ICPC request - Harvey Stansfield.docx"
    eml = mail(cid, "calderdale", rx, "Sophie Lister <sophie.lister@calderdale.gov.uk>", subj, body, fname, doc,
               DOCX_CT)
    lab = C.label(
        district="calderdale", kind="initial", pre_birth=False, date="2027-01-19", time="10:00", tick=True,
        harm=["sexual"], children=[("Harvey Stansfield", "2016-03-23")],
        adults=["Gemma Stansfield", "Lewis Stansfield", "Paul Ingleby"], criteria=["registered_sex_offender"],
        decision="attend", received=rx.date(), source_texts=[subj, body, fname] + texts_of(paras),
        tags=["gdocs-docx", "checklist-bullets", "ticks-in-numbering", "district-calderdale", "initial",
              "tick-attend", "label-list-not-evidence"],
        notes="Calderdale: lodger is a MAPPA category 1 offender (RSO) in the household -> attend; the ticks are the "
              "numbering bullets (☑/☐), not text; CSE and DA are unticked checklist items and 'No CSE concerns'")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 98-02

def c02():
    cid = "t-98-02-wakefield-icpc-gdocs-docx-struck-through-ticks-cse"
    rx = dt.datetime(2026, 12, 22, 11, 5, 19)
    S = {"strike": True, "color": "666666"}
    paras = [
        P(("CHILD PROTECTION CONFERENCE BOOKING FORM", H1)),
        P(("Wakefield Council - Safeguarding and Review Unit", {"i": True}), after=160),
        P(("Type of conference: ", B), "Initial CPC"),
        P(("Date: ", B), "05/01/2027     ", ("Time: ", B), "14:00"),
        P(("Venue: ", B), "Wakefield One, Room 3 (hybrid)"),
        P(("Chair: ", B), "Janet Blackburn"),
        P(("Social worker: ", B), "Sian Pickard"),
        P(("Category of concern: ", B), "Sexual abuse", after=160),
        P(("Child", H2)),
        P("Mia Lumb, DOB 30/04/2012, Outwood Academy City Fields", after=160),
        P(("Parents", H2)),
        P("Sarah Lumb - mother - DOB 22/10/1984"),
        P("Dean Lumb - father - DOB 05/05/1982", after=160),
        P(("Reason for conference", H2)),
        P("Since October Mia has been talking to an adult man she met on a gaming app. He has sent her money and "
          "gift cards and asked her for pictures, and she has met him twice in Leeds city centre; the second time "
          "she came home at 2am smelling of alcohol. The exploitation screening tool completed on 14/12/2026 scored "
          "high for sexual exploitation and Mia has been referred to the Wakefield Child Exploitation Hub."),
        P("Mum and dad are doing everything they can and have taken her phone, but Mia has a second phone.",
          after=160),
        P(("West Yorkshire Police", H2)),
        P(("Police attendance required", S), num="unchecked"),
        P("Written report sufficient", num="unchecked", after=160),
        P(("Before you send", H2)),
        P(("Parents told about the conference", S), num="unchecked"),
        P(("Strategy discussion record attached", S), num="unchecked"),
        P("Interpreter booked (not needed)", num="unchecked", after=160),
        P(("Completed by: ", B), "Sian Pickard   21/12/2026"),
    ]
    doc = docxw.gdocs_docx(paras)
    body = ("Hi SRU / CPPU,\n\nBooking form for Mia Lumb attached - ICPC Tuesday 5th January at 2pm.\n\n"
            "I've had to do the form in Google Docs as Word won't open on my laptop, so the tick boxes have turned "
            "into a checklist. Anything I've ticked shows as crossed through.\n\nMerry Christmas\nSian\n\n"
            "Sian Pickard | Social Worker | Wakefield North CP Team")
    subj = "Booking form - Mia LUMB - ICPC 05/01/2027"
    fname = "Booking form - Mia Lumb.docx"
    eml = mail(cid, "wakefield", rx, "Sian Pickard <sian.pickard@wakefield.gov.uk>", subj, body, fname, doc, DOCX_CT)
    lab = C.label(
        district="wakefield", kind="initial", pre_birth=False, date="2027-01-05", time="14:00", tick=True,
        harm=["sexual"], children=[("Mia Lumb", "2012-04-30")], adults=["Sarah Lumb", "Dean Lumb"],
        criteria=["child_sexual_exploitation"], decision="attend", received=rx.date(),
        source_texts=[subj, body, fname] + texts_of(paras),
        tags=["gdocs-docx", "checklist-strikethrough", "district-wakefield", "initial", "tick-attend", "christmas",
              "cse-without-acronym"],
        notes="Wakefield item 5: sexual exploitation is a considered risk -> attend; the tick is a struck-through "
              "checklist item, explained in the covering email; bank holidays 25 and 28 Dec and 1 Jan in the counts")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 98-03

def c03():
    cid = "t-98-03-kirklees-icpc-word-online-wingdings-sym-ppo-nominal"
    rx = dt.datetime(2026, 12, 10, 14, 20, 6)

    def T(s, **p):
        return ("t", s, p)

    TAB = ("tab",)
    CHECKED = ("sym", "Wingdings", "F0FD")
    EMPTY = ("sym", "Wingdings", "F0A8")
    paras = [
        [("style", "Title"), T("Initial Child Protection Conference - Booking")],
        [T("Kirklees Council, Children's Services - Conference and Review Team")],
        [T("Date of conference:", b=True), TAB, T("21/12/2026")],
        [T("Time:", b=True), TAB, T("10:00")],
        [T("Venue:", b=True), TAB, T("Huddersfield Civic Centre 3, Room 14")],
        [T("Chair:", b=True), TAB, T("Michael Dyson")],
        [T("Social worker:", b=True), TAB, T("Leanne Sheard, Kirklees South CP Team")],
        [T("Category:", b=True), TAB, T("Neglect")],
        [T("Children", b=True)],
        [T("Tyler Hirst"), TAB, T("12/06/2013")],
        [T("Evie Hirst"), TAB, T("08/02/2017")],
        [T("Parents", b=True)],
        [T("Stacey Hirst"), TAB, T("Mother")],
        [T("Jamie Hirst"), TAB, T("Father")],
        [T("Reason for conference", b=True)],
        [T("Neglect. Home conditions are very poor (no working cooker, mattresses on the floor), Tyler's school "
           "attendance is 61% and Evie has untreated tooth decay after missing three dental appointments.")],
        [T("Jamie Hirst is a PPO nominal on the Integrated Offender Management scheme (burglary) and was recalled "
           "to prison in October; he was released on 02/12/2026 and has moved back in. Stacey says some of his "
           "associates call at the house late at night. There is no police investigation concerning the children.")],
        [T("Police", b=True)],
        [CHECKED, T(" Police attendance requested - the SW would like police input about the associates visiting the "
                    "home")],
        [EMPTY, T(" Written report sufficient")],
        [T("Completed by Leanne Sheard on 09/12/2026")],
    ]
    doc = docxw.word_online_docx(paras, seed=13)
    ptexts = []
    for runs in paras:
        t = "".join(r[1] if r[0] == "t" else "\t" for r in runs if r[0] in ("t", "tab"))
        if t.strip():
            ptexts.append(t.strip())
        if runs and runs[0] == ("style", "Title"):
            continue
    body = ("Hello\n\nICPC booking attached for Tyler and Evie Hirst, Monday 21st December 2026 at 10am.\n\nMany thanks\n"
            "Conference and Review Team\nKirklees Council")
    subj = "ICPC Booking - HIRST - 21.12.2026"
    fname = "ICPC Booking HIRST.docx"
    eml = mail(cid, "kirklees", rx, "Conference and Review Team <conference.review@kirklees.gov.uk>", subj, body,
               fname, doc, DOCX_CT)
    lab = C.label(
        district="kirklees", kind="initial", pre_birth=False, date="2026-12-21", time="10:00", tick=True,
        harm=["neglect"], children=[("Tyler Hirst", "2013-06-12"), ("Evie Hirst", "2017-02-08")],
        adults=["Stacey Hirst", "Jamie Hirst"], criteria=[], decision="discuss", received=rx.date(),
        source_texts=[subj, body, fname] + ptexts,
        tags=["word-online-docx", "wingdings-sym-ticks", "district-kirklees", "initial", "tick-attend",
              "ppo-prolific-offender", "no-criterion"],
        notes="Kirklees (Wakefield rules): 'PPO nominal' is a prolific offender, not police protection; no criterion; "
              "attendance requested through a Wingdings <w:sym> box (no text in the run) -> discuss")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 98-04

def c04():
    cid = "t-98-04-leeds-icpc-gdocs-pdf-skia-word-runs-rui"
    rx = dt.datetime(2026, 12, 7, 13, 40, 55)
    blocks = [
        ("h1", "Request for Initial Child Protection Conference"),
        ("p", "Leeds City Council - Children and Families - Integrated Safeguarding Unit"),
        ("gap", 6),
        ("kv", "Conference date", "15/12/2026"),
        ("kv", "Start time", "11:00"),
        ("kv", "Location", "Merrion House, Room 6.03"),
        ("kv", "Chair", "Farida Anwar"),
        ("kv", "Allocated SW", "Tom Ridsdale (Leeds North East)"),
        ("kv", "Category", "Physical"),
        ("h2", "Children"),
        ("grid", ["Name", "DOB", "Gender"], [["Jacob Wainwright", "25/11/2021", "Male"],
                                              ["Lacey Wainwright", "07/01/2025", "Female"]]),
        ("h2", "Household"),
        ("grid", ["Name", "Relationship", "DOB"], [["Amy Wainwright", "Mother", "14/03/1999"],
                                                    ["Ben Gledhill", "Mother's partner", "02/08/1996"]]),
        ("h2", "Why a conference is needed"),
        ("p", "Lacey (22 months) was taken to LGI on 26/11/2026 with a swollen arm. A skeletal survey on 27/11/2026 "
              "found a healing fracture of the left humerus and two rib fractures of different ages; there is no "
              "medical explanation and neither adult can say how they happened."),
        ("p", "The Leeds Child Safeguarding Unit are investigating. Amy Wainwright and Ben Gledhill were both arrested "
              "on 28/11/2026 and released under investigation. OIC: DC Fiona Rhodes."),
        ("p", "The children are staying with their maternal grandmother under a safety plan."),
        ("h2", "West Yorkshire Police"),
        ("tick", "Police attendance required", True),
        ("tick", "Written report sufficient", False),
        ("gap", 4),
        ("kv", "Completed by", "Tom Ridsdale, 04/12/2026"),
    ]
    pdf, ptexts = pdfforms.render(blocks, "skia", title="ICPC request - Wainwright")
    body = ("Afternoon,\n\nRequest attached for an ICPC for Jacob and Lacey Wainwright on 15/12/2026 at 11am.\n\n"
            "Reports to the ISU please by 24 hours before.\n\nThanks\nTom\n\nTom Ridsdale\nSocial Worker, Leeds North "
            "East CP Team")
    subj = "ICPC request Wainwright 15/12"
    fname = "ICPC request - Wainwright - Google Docs.pdf"
    eml = mail(cid, "leeds", rx, "Tom Ridsdale <tom.ridsdale@leeds.gov.uk>", subj, body, fname, pdf,
               "application/pdf")
    lab = C.label(
        district="leeds", kind="initial", pre_birth=False, date="2026-12-15", time="11:00", tick=True,
        harm=["physical"], children=[("Jacob Wainwright", "2021-11-25"), ("Lacey Wainwright", "2025-01-07")],
        adults=["Amy Wainwright", "Ben Gledhill"], criteria=["current_investigation"], decision="attend",
        received=rx.date(), source_texts=[subj, body, fname] + ptexts,
        tags=["gdocs-pdf", "skia-producer", "word-by-word-runs", "symbol-glyph-ticks", "district-leeds", "initial",
              "tick-attend"],
        notes="Leeds item 1: unexplained fractures, both carers arrested and released under investigation -> attend; "
              "Google Docs PDF with every word a separate positioned run and ☑/☐ glyphs")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 98-05

def c05():
    cid = "t-98-05-bradford-rcpc-pages-pdf-section-46-report-ticked"
    rx = dt.datetime(2026, 12, 11, 15, 55, 12)
    blocks = [
        ("h1", "Child Protection Review Conference"),
        ("p", "Bradford Children's Social Care · Review booking"),
        ("gap", 6),
        ("kv", "Review", "2nd review"),
        ("kv", "Date", "Wednesday 23 December 2026"),
        ("kv", "Time", "10:00am"),
        ("kv", "Venue", "Sir Henry Mitchell House, Manor Row, Bradford"),
        ("kv", "Chair", "Yvonne Marsh"),
        ("kv", "Social worker", "Kamran Iqbal"),
        ("kv", "Plan category", "Neglect"),
        ("h2", "Children"),
        ("grid", ["Name", "Date of birth"], [["Sienna Clough", "16/02/2018"], ["Alfie-James Clough", "28/09/2021"]]),
        ("h2", "Adults"),
        ("grid", ["Name", "Relationship"], [["Lauren Clough", "Mother"],
                                            ["Marcus Clough", "Father (lives separately, Keighley)"],
                                            ["Joanne Clough", "Paternal aunt - children staying with her since 30/11"]]),
        ("h2", "Progress since the last conference"),
        ("p", "Some improvement in routines during October, but the plan has not been followed consistently and "
              "Lauren missed two core groups."),
        ("h2", "Significant events"),
        ("p", "On the night of 30/11/2026 officers from Bradford District attended after reports of a disturbance at "
              "the address. Lauren was heavily intoxicated and unable to care for the children. Officers removed "
              "Sienna and Alfie-James using their powers under section 46 of the Children Act 1989 and took them to "
              "their paternal aunt, Joanne Clough, where they remain."),
        ("h2", "Police"),
        ("tick", "Police attendance requested", False),
        ("tick", "Written report is sufficient", True),
    ]
    pdf, ptexts = pdfforms.render(blocks, "quartz", title="Review booking Clough")
    body = ("Hi,\n\nReview booking for the Clough children attached (23/12/2026, 10am, Sir Henry Mitchell House). "
            "Sorry it's in Pages format converted to PDF - working from my iPad today.\n\nKamran Iqbal\nSocial Worker\n"
            "Bradford Children's Social Care\n\nSent from my iPad")
    subj = "RCPC booking - Clough children - 23 Dec"
    fname = "Review booking Clough.pdf"
    eml = mail(cid, "bradford", rx, "Kamran Iqbal <kamran.iqbal@bradford.gov.uk>", subj, body, fname, pdf,
               "application/pdf", mailer="iPad Mail (22B91)")
    lab = C.label(
        district="bradford", kind="review", pre_birth=False, date="2026-12-23", time="10:00", tick=False,
        harm=["neglect"], children=[("Sienna Clough", "2018-02-16"), ("Alfie-James Clough", "2021-09-28")],
        adults=["Lauren Clough", "Marcus Clough", "Joanne Clough"], criteria=["police_protection"],
        decision="discuss", received=rx.date(), source_texts=[subj, body, fname] + ptexts,
        tags=["pages-pdf", "quartz-producer", "chunked-runs", "district-bradford", "review", "tick-report",
              "pp-as-section-46-powers"],
        notes="Bradford review (Wakefield rules): since the last conference officers removed the children under s46 "
              "(police protection, without those words) -> discuss although 'written report is sufficient' is ticked")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 98-06

def c06():
    cid = "t-98-06-wakefield-rcpc-gdocs-pdf-historic-police-protection"
    rx = dt.datetime(2027, 1, 19, 10, 0, 41)
    blocks = [
        ("h1", "Review Child Protection Conference - booking"),
        ("p", "Wakefield Council - Safeguarding and Review Unit"),
        ("gap", 6),
        ("kv", "Conference", "Review CPC (3rd review)"),
        ("kv", "Date", "Friday 29/01/2027"),
        ("kv", "Time", "1pm"),
        ("kv", "Venue", "Microsoft Teams"),
        ("kv", "Chair", "Carol Illingworth"),
        ("kv", "Social worker", "Bethany Wood"),
        ("kv", "Category", "Emotional abuse"),
        ("h2", "Child"),
        ("p", "Ava Kershaw, DOB 21/04/2020, Snapethorpe Nursery"),
        ("h2", "Adults"),
        ("p", "Jodie Kershaw - mother"),
        ("p", "Reece Tordoff - father, no contact since 2022"),
        ("h2", "Background"),
        ("p", "Ava was taken into police protection in February 2023, when she was two, after Jodie was found "
              "unconscious at home following an overdose; she went home a week later under a safety plan. Jodie has "
              "had no mental health admissions since May 2026."),
        ("h2", "Progress"),
        ("p", "Jodie continues to work with the community mental health team and goes to every appointment. Ava is "
              "settled at nursery. Core group: SW, HV, nursery, CMHT and Jodie. Police have had no involvement since "
              "2023 and are not part of the core group."),
        ("p", "The social worker will recommend that Ava's child protection plan ends."),
    ]
    pdf, ptexts = pdfforms.render(blocks, "skia", title="RCPC booking Kershaw")
    body = ("Good morning,\n\nPlease find attached the booking for the third review conference for Ava Kershaw, Friday "
            "29th January 2027 at 1pm on Teams.\n\nKind regards\nBethany Wood\nSocial Worker, Wakefield West")
    subj = "RCPC 29/01/2027 - Ava KERSHAW"
    fname = "RCPC booking - Ava Kershaw.pdf"
    eml = mail(cid, "wakefield", rx, "Bethany Wood <bethany.wood@wakefield.gov.uk>", subj, body, fname, pdf,
               "application/pdf")
    lab = C.label(
        district="wakefield", kind="review", pre_birth=False, date="2027-01-29", time="13:00", tick=None,
        harm=["emotional"], children=[("Ava Kershaw", "2020-04-21")], adults=["Jodie Kershaw", "Reece Tordoff"],
        criteria=["prior_unit_involvement"], decision="report_only", received=rx.date(),
        source_texts=[subj, body, fname] + ptexts,
        tags=["gdocs-pdf", "skia-producer", "district-wakefield", "review", "tick-absent", "historic-pp"],
        notes="Wakefield review: police protection in 2023 is history (prior involvement only), police not in the "
              "core group -> report_only")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 98-07

def c07():
    cid = "t-98-07-calderdale-rcpc-pages-pdf-dc-core-group-action"
    rx = dt.datetime(2027, 1, 20, 9, 30, 8)
    blocks = [
        ("h1", "Review Child Protection Conference"),
        ("p", "Calderdale · Children's Social Care"),
        ("gap", 6),
        ("kv", "Date", "Thursday 4 February 2027"),
        ("kv", "Time", "10.00"),
        ("kv", "Venue", "Todmorden Town Hall, Rooms 1-2"),
        ("kv", "Chair", "Peter Hollings"),
        ("kv", "Social worker", "Siobhan Walsh"),
        ("kv", "Category", "Physical abuse"),
        ("h2", "Family"),
        ("grid", ["Name", "Relationship", "Date of birth"],
         [["Riley Greenwood", "Child", "03/10/2015"], ["Kelly Greenwood", "Mother", "27/07/1986"],
          ["Shaun Greenwood", "Father", "30/11/1983"]]),
        ("h2", "Core group and plan"),
        ("p", "The core group has met five times since the initial conference. Members: Siobhan Walsh (SW), "
              "DC Rachel Oates (Calderdale Safeguarding Unit), Todmorden High School DSL, school nurse, Kelly and "
              "Shaun Greenwood."),
        ("p", "Action 4 of the plan - police to share information about any call-outs to the address at each core "
              "group - sits with DC Oates, who has been to every core group and is up to date with it."),
        ("p", "Riley says the shouting at home has mostly stopped."),
    ]
    pdf, ptexts = pdfforms.render(blocks, "quartz", title="RCPC Greenwood")
    body = ("Morning\n\nReview conference booking for Riley Greenwood attached - Thursday 4th Feb 2027, 10am, Todmorden "
            "Town Hall.\n\nThanks\nSiobhan")
    subj = "RCPC booking - GREENWOOD - 04.02.27"
    fname = "RCPC Greenwood.pdf"
    eml = mail(cid, "calderdale", rx, "Siobhan Walsh <siobhan.walsh@calderdale.gov.uk>", subj, body, fname, pdf,
               "application/pdf", mailer="Apple Mail (2.3826.200.121)")
    lab = C.label(
        district="calderdale", kind="review", pre_birth=False, date="2027-02-04", time="10:00", tick=None,
        harm=["physical"], children=[("Riley Greenwood", "2015-10-03")], adults=["Kelly Greenwood", "Shaun Greenwood"],
        criteria=["core_group_member"], decision="attend", received=rx.date(),
        source_texts=[subj, body, fname] + ptexts,
        tags=["pages-pdf", "quartz-producer", "chunked-runs", "district-calderdale", "review", "tick-absent"],
        notes="review: a DC of the safeguarding unit is an active core group member holding a plan action -> attend")
    return cid, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
