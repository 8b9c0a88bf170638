"""Layout 97: XFA PDF forms (Adobe LiveCycle / AEM Forms), static and dynamic."""
from __future__ import annotations

import datetime as dt

import common as C
import xfa
from env import boundary, envelope

INFO_LC = {"Producer": "Adobe LiveCycle Designer 11.0", "Creator": "Adobe LiveCycle Designer 11.0"}
INFO_AEM = {"Producer": "Adobe Experience Manager forms PDF forms 6.5", "Creator": "Designer 6.5"}


def flat_values(data) -> list[str]:
    out = []
    for _, v in data:
        if isinstance(v, list):
            out += flat_values(v)
        elif v:
            out.append(v)
    return out


def tmpl_from(data, checks: dict[str, tuple[str, str]], captions: dict[str, str]) -> list[tuple]:
    fields = []
    for k, v in data:
        if isinstance(v, list):
            fields.append(("sub", k, captions.get(k, k), tmpl_from(v, checks, captions), True))
        elif k in checks:
            fields.append(("check", k, captions.get(k, k), checks[k][0], checks[k][1]))
        elif "Date" in k or k in ("DOB", "EDD"):
            fields.append(("date", k, captions.get(k, k)))
        else:
            fields.append(("text", k, captions.get(k, k)))
    # repeated groups appear once in the template
    seen, out = set(), []
    for f in fields:
        if f[0] == "sub" and f[1] in seen:
            continue
        seen.add(f[1])
        out.append(f)
    return out


def mail(cid, district, rx, sender, subj, body, fname, pdf) -> bytes:
    top = C.multipart("mixed", [C.text_part(body), C.attachment_part(pdf, "application/pdf", fname)], boundary(cid))
    return envelope(cid, district, rx, sender, C.subject(subj), top)


def ddmmyyyy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


# ---------------------------------------------------------------------------------------------- 97-01

def c01():
    cid = "t-97-01-wakefield-icpc-xfa-static-joint-s47-bail-marac"
    rx = dt.datetime(2026, 12, 10, 10, 30, 2)
    reason = ("On 03/12/2026 Leo (7) was taken to Pinderfields with a spiral fracture of his right forearm. He told the "
              "triage nurse 'daddy twisted it'. A joint section 47 investigation with West Yorkshire Police is under "
              "way: Kyle Marsden was arrested on 04/12/2026, interviewed and bailed with conditions not to return to "
              "the family home or contact Abbie or Leo.")
    da = ("Abbie has since told me about years of controlling behaviour and two occasions when Kyle put his hands "
          "round her throat. Police DASH on 05/12/2026 was high risk; an IDVA is working with her, the case is listed "
          "for MARAC on 17/12/2026 and DC Priya Lal of the Wakefield DA team is the police officer involved.")
    data = [
        ("ConfType", "ICPC"), ("ConfDate", "2026-12-16"), ("ConfTime", "09:30"),
        ("Venue", "Wakefield One, Conference Room 4"), ("Chair", "Helen Raistrick"), ("SWName", "Connor Blakeley"),
        ("CareDirectorID", "CD604418"), ("Category", "Physical"),
        ("Children", [("Child", [("Name", "Leo Marsden"), ("DOB", "2019-09-17"), ("Gender", "Male"),
                                 ("School", "Lupset Park Primary")])]),
        ("Adults", [("Adult", [("Name", "Abbie Marsden"), ("Rel", "Mother"), ("DOB", "1996-04-02")]),
                    ("Adult", [("Name", "Kyle Marsden"), ("Rel", "Father"), ("DOB", "1994-10-23")])]),
        ("Reason", reason), ("DomesticAbuse", da),
        ("PoliceAttend", "1"), ("ReportOnly", "0"),
        ("CompletedBy", "Connor Blakeley"), ("CompletedDate", "2026-12-09"),
    ]
    captions = {"ConfType": "Type of conference", "ConfDate": "Date of conference", "ConfTime": "Time",
                "Venue": "Venue", "Chair": "Conference Chair", "SWName": "Allocated social worker",
                "CareDirectorID": "CareDirector ID", "Category": "Category of concern", "Reason": "Reason for conference",
                "DomesticAbuse": "Domestic abuse", "PoliceAttend": "Police attendance required",
                "ReportOnly": "Written report sufficient", "CompletedBy": "Completed by", "CompletedDate": "Date completed"}
    pg = xfa.StaticPage("CHILD PROTECTION CONFERENCE BOOKING FORM",
                        "Wakefield Council - Children and Young People's Service - Safeguarding and Review Unit   "
                        "(SRU_Booking_v3.2.xdp)")
    pg.heading("Conference details")
    pg.field("ConfType", "Type of conference", "ICPC")
    pg.field("ConfDate", "Date of conference", "16/12/2026")
    pg.field("ConfTime", "Time", "09:30")
    pg.field("Venue", "Venue", "Wakefield One, Conference Room 4")
    pg.field("Chair", "Conference Chair", "Helen Raistrick")
    pg.field("SWName", "Allocated social worker", "Connor Blakeley")
    pg.field("CareDirectorID", "CareDirector ID", "CD604418")
    pg.field("Category", "Category of concern", "Physical")
    pg.heading("Child(ren)")
    pg.field("Children.Child.Name", "Name / DOB / gender / school", "Leo Marsden - 17/09/2019 - Male - Lupset Park Primary")
    pg.heading("Parents, carers and significant adults")
    pg.field("Adults.Adult.Name", "Adult 1", "Abbie Marsden - Mother - 02/04/1996")
    pg.field("Adults.Adult[1].Name", "Adult 2", "Kyle Marsden - Father - 23/10/1994")
    pg.heading("Reason for conference")
    pg.field("Reason", "Reason", reason)
    pg.field("DomesticAbuse", "Domestic abuse", da)
    pg.heading("West Yorkshire Police (tick one)")
    pg.check("PoliceAttend", "Police attendance required", True)
    pg.check("ReportOnly", "Written report sufficient", False)
    pg.field("CompletedBy", "Completed by", "Connor Blakeley")
    pg.field("CompletedDate", "Date completed", "09/12/2026")
    checks = {"PoliceAttend": ("1", "0"), "ReportOnly": ("1", "0")}
    pdf = xfa.build(dynamic=False, template=xfa.template_xml("form1", tmpl_from(data, checks, captions), False),
                    datasets=xfa.datasets_xml("form1", data), pages=pg.pages, acro_fields=pg.fields,
                    info=dict(INFO_LC, Title="SRU Booking Form"), uuid="6a1f0c2e-41b7-4d1e-9f0e-2b7d0c11a001",
                    timestamp="2026-12-09T16:22:41Z")
    body = ("Please find attached a booking form for an ICPC, Wednesday 16 December 2026 at 9.30am, Wakefield One.\n\n"
            "Police report to the chair three working days beforehand please. Apologies for the short notice - the "
            "strategy discussion was only last week.\n\nJanine Oxley\nBusiness Support Officer\nSafeguarding and "
            "Review Unit, Wakefield Council")
    subj = "ICPC booking form - MARSDEN - 16/12/2026"
    fname = "SRU booking form MARSDEN.pdf"
    eml = mail(cid, "wakefield", rx, "Janine Oxley <janine.oxley@wakefield.gov.uk>", subj, body, fname, pdf)
    lab = C.label(
        district="wakefield", kind="initial", pre_birth=False, date="2026-12-16", time="09:30", tick=True,
        harm=["physical"], children=[("Leo Marsden", "2019-09-17")], adults=["Abbie Marsden", "Kyle Marsden"],
        criteria=["current_investigation", "domestic_abuse_current_involvement"], decision="attend",
        received=rx.date(), source_texts=[subj, body, fname] + pg.texts + flat_values(data),
        tags=["xfa-static", "acroform-empty", "district-wakefield", "initial", "tick-attend", "late-notice"],
        notes="static XFA (page drawn, datasets hold the values, AcroForm /V empty): joint s47 with arrest and bail "
              "(item 1) and high-risk DA with MARAC and a DA officer (item 6) -> attend; 4 working days' notice")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 97-02

def c02():
    cid = "t-97-02-leeds-icpc-xfa-dynamic-wilful-neglect-report-ticked"
    rx = dt.datetime(2027, 1, 11, 9, 15, 40)
    reason = ("At 23:40 on 29/12/2026 police responded to a neighbour's call and found Harley (6) and Skye (3) on their "
              "own in the flat with no heating. Skye's nappy was soaked through, she was dehydrated and was admitted to "
              "LGI overnight. Leanne came back at 00:15 and the children went to their maternal grandmother's by "
              "agreement.")
    police = ("Leeds District CID are investigating Leanne Dobson and Wayne Pickles for child cruelty (wilful neglect, "
              "s.1 Children and Young Persons Act 1933). Both were interviewed under caution on 04/01/2027 and released "
              "under investigation. OIC DC Mark Fairbank.")
    data = [
        ("ConferenceDetails", [("Type", "Initial Child Protection Conference"), ("ConferenceDate", "2027-01-18"),
                               ("StartTime", "13:30"), ("Location", "Microsoft Teams"), ("Chair", "Graham Tolson"),
                               ("MosaicID", "MOS-771203")]),
        ("Referrer", [("Name", "Kelly-Ann Brook"), ("Team", "Leeds South CP Team"), ("Phone", "0113 378 4410")]),
        ("Child", [("Forename", "Harley"), ("Surname", "Dobson"), ("DOB", "2020-11-14"), ("Sex", "M")]),
        ("Child", [("Forename", "Skye"), ("Surname", "Dobson"), ("DOB", "2023-03-03"), ("Sex", "F")]),
        ("Carer", [("Name", "Leanne Dobson"), ("Relationship", "Mother")]),
        ("Carer", [("Name", "Wayne Pickles"), ("Relationship", "Mother's partner (lives at the address)")]),
        ("CategoryNeglect", "1"), ("CategoryPhysical", "0"), ("CategorySexual", "0"), ("CategoryEmotional", "0"),
        ("Reason", reason), ("PoliceInvolvement", police),
        ("PoliceAttendanceRequired", "0"), ("WrittenReportSufficient", "1"),
    ]
    captions = {"CategoryNeglect": "Neglect", "CategoryPhysical": "Physical abuse", "CategorySexual": "Sexual abuse",
                "CategoryEmotional": "Emotional abuse", "PoliceAttendanceRequired": "Police attendance required",
                "WrittenReportSufficient": "Written report sufficient"}
    checks = {k: ("1", "0") for k in captions}
    pdf = xfa.build(dynamic=True, template=xfa.template_xml("form1", tmpl_from(data, checks, captions), True),
                    datasets=xfa.datasets_xml("form1", data), pages=None, acro_fields=[],
                    info=dict(INFO_AEM, Title="Request for Child Protection Conference"),
                    uuid="0c8e2f44-9d1a-4b9e-8e57-4f3e2a7b9702", timestamp="2027-01-08T15:04:12Z")
    body = ("Good morning\n\nPlease find attached a request for an initial child protection conference (Dobson). "
            "The form opens in Adobe Reader.\n\nThank you\nISU Business Support\nLeeds City Council")
    subj = "[SECURE] Request for ICPC - DOBSON"
    fname = "CPC request DOBSON.pdf"
    eml = mail(cid, "leeds", rx, "ISU Business Support <isu.businesssupport@leeds.gov.uk>", subj, body, fname, pdf)
    lab = C.label(
        district="leeds", kind="initial", pre_birth=False, date="2027-01-18", time="13:30", tick=False,
        harm=["neglect"], children=[("Harley Dobson", "2020-11-14"), ("Skye Dobson", "2023-03-03")],
        adults=["Leanne Dobson", "Wayne Pickles"], criteria=["wilful_neglect_investigation"], decision="attend",
        received=rx.date(), source_texts=[subj, body, fname] + [l[2] for l in xfa.PLEASE_WAIT if l[2]] +
                                         flat_values(data) + ["Harley Dobson", "Skye Dobson"],
        tags=["xfa-dynamic", "please-wait-page", "datasets-only", "district-leeds", "initial", "tick-report",
              "tickbox-conflict", "voluntary-arrangement-not-pp"],
        notes="dynamic XFA: the page only says 'Please wait...'; the datasets show an active child cruelty (wilful "
              "neglect) investigation (Leeds item 3) -> attend although 'written report sufficient' is 1; the children "
              "went to grandmother by agreement, not police protection")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 97-03

def c03():
    cid = "t-97-03-kirklees-rcpc-xfa-dynamic-repeated-children-cse"
    rx = dt.datetime(2026, 12, 15, 16, 10, 27)
    chloe = ("Since the last conference Chloe has been reported missing overnight three times. On 28/11/2026 police "
             "found her in a hotel room in Dewsbury with two adult men who had given her vodka and cannabis. The Kirklees "
             "Child Exploitation Team have completed a risk assessment and rate her at high risk of sexual exploitation; "
             "she was discussed at the exploitation panel on 02/12/2026.")
    data = [
        ("Header", [("FormRef", "KC-CPRC-02"), ("Version", "4.1")]),
        ("Meeting", [("Kind", "Review Child Protection Conference"), ("ReviewNo", "2"),
                     ("MeetingDate", "2027-01-07"), ("MeetingTime", "10:00"),
                     ("Venue", "Dewsbury Town Hall, Committee Room B"), ("Chair", "Lorraine Bamforth")]),
        ("Worker", [("Name", "Daniel Mirza"), ("Team", "Kirklees North CP Team")]),
        ("PlanCategory", "Neglect"),
        ("ChildrenList", [
            ("ChildRow", [("FullName", "Chloe Haigh"), ("DateOfBirth", "2011-08-09"), ("Update", chloe)]),
            ("ChildRow", [("FullName", "Jayden Haigh"), ("DateOfBirth", "2013-12-30"),
                          ("Update", "School attendance up to 91%. Enjoying boxing club.")]),
            ("ChildRow", [("FullName", "Poppy Haigh"), ("DateOfBirth", "2019-05-25"),
                          ("Update", "Settled at nursery; dental treatment finished in November.")]),
        ]),
        ("Adults", [("AdultRow", [("FullName", "Michelle Haigh"), ("Role", "Mother")]),
                    ("AdultRow", [("FullName", "Gary Lockwood"), ("Role", "Poppy's father, visits at weekends")])]),
        ("OverallProgress", "Home conditions have improved and Michelle engages well with the core group (SW, "
                            "schools, school nurse, nursery, Michelle)."),
        ("PoliceAttendance", "off"), ("WrittenReport", "on"),
    ]
    captions = {"PoliceAttendance": "Police attendance requested", "WrittenReport": "Written police report only"}
    checks = {k: ("on", "off") for k in captions}
    pdf = xfa.build(dynamic=True, template=xfa.template_xml("form1", tmpl_from(data, checks, captions), True),
                    datasets=xfa.datasets_xml("form1", data), pages=None, acro_fields=[],
                    info=dict(INFO_LC, Title="Review CP Conference Booking"),
                    uuid="5b2e77d0-1a6c-4c44-b1aa-7c9e81f0d303", timestamp="2026-12-15T14:51:09Z")
    body = ("Hello,\n\nRCPC booking for the Haigh children attached (Thursday 7th January 2027, 10am, Dewsbury Town "
            "Hall).\n\nRegards\nKaren Senior\nConference and Review Team\nKirklees Council")
    subj = "RCPC booking - HAIGH - 07/01/2027"
    fname = "RCPC booking HAIGH.pdf"
    eml = mail(cid, "kirklees", rx, "Karen Senior <karen.senior@kirklees.gov.uk>", subj, body, fname, pdf)
    lab = C.label(
        district="kirklees", kind="review", pre_birth=False, date="2027-01-07", time="10:00", tick=False,
        harm=["neglect"], children=[("Chloe Haigh", "2011-08-09"), ("Jayden Haigh", "2013-12-30"),
                                    ("Poppy Haigh", "2019-05-25")],
        adults=["Michelle Haigh", "Gary Lockwood"], criteria=["child_sexual_exploitation"], decision="discuss",
        received=rx.date(), source_texts=[subj, body, fname] + [l[2] for l in xfa.PLEASE_WAIT if l[2]] +
                                         flat_values(data),
        tags=["xfa-dynamic", "please-wait-page", "repeated-subforms", "checkbox-on-off", "district-kirklees",
              "review", "tick-report", "evidence-in-one-child-row"],
        notes="Kirklees review (Wakefield rules): CSE risk for one of three children, only in that child's repeated "
              "subform -> discuss although 'written report only' is on; police are not in the core group")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 97-04

def c04():
    cid = "t-97-04-calderdale-icpc-xfa-static-stale-acroform-police-protection"
    rx = dt.datetime(2026, 12, 18, 10, 0, 51)
    reason = ("At 02:10 on 12/12/2026 officers went to the flat after a neighbour reported a baby crying for hours. "
              "Ellie-Mae (2) was alone; both parents came back heavily intoxicated at about 03:00. Officers took "
              "Ellie-Mae into police protection under section 46 of the Children Act 1989 and she was placed with "
              "emergency foster carers. Since the police protection ended she has stayed in foster care under "
              "section 20 with her parents' agreement.")
    hist = "Neither parent was known to police or children's services before this incident."
    data = [
        ("Type", "Initial"), ("ConfDate", "2026-12-29"), ("ConfTime", "10:30"),
        ("Venue", "Horton Building, Horton Street, Halifax - Room 3"), ("Chair", "Stephen Lumb"),
        ("SW", "Amina Rashid"), ("Category", "Neglect"),
        ("Child", [("Name", "Ellie-Mae Sunderland"), ("DOB", "2024-10-06")]),
        ("Mother", "Kirsty Sunderland"), ("Father", "Aaron Whiteley"),
        ("Reason", reason), ("History", hist), ("PoliceRequired", "1"), ("ReportOnly", "0"),
    ]
    captions = {"PoliceRequired": "Police attendance requested", "ReportOnly": "Police report only"}
    pg = xfa.StaticPage("Calderdale Children's Services - Child Protection Conference Request",
                        "Child Protection Administration | Form CP1 (2023)")
    pg.heading("Conference")
    pg.field("Type", "Conference type", "Initial", stale="Initial")
    pg.field("ConfDate", "Date", "29/12/2026", stale="22/12/2026")
    pg.field("ConfTime", "Time", "10:30", stale="10:30")
    pg.field("Venue", "Venue", "Horton Building, Horton Street, Halifax - Room 3", stale="TBC")
    pg.field("Chair", "Chair", "Stephen Lumb", stale="")
    pg.field("SW", "Social worker", "Amina Rashid", stale="Amina Rashid")
    pg.field("Category", "Category", "Neglect", stale="Neglect")
    pg.heading("Family")
    pg.field("Child.Name", "Child", "Ellie-Mae Sunderland, DOB 06/10/2024", stale="Ellie-Mae Sunderland")
    pg.field("Mother", "Mother", "Kirsty Sunderland", stale="Kirsty Sunderland")
    pg.field("Father", "Father", "Aaron Whiteley", stale="")
    pg.heading("Reason for the conference")
    pg.field("Reason", "Reason", reason, stale="Neglect - parental alcohol use.")
    pg.field("History", "Previous involvement", hist, stale="")
    pg.heading("Police")
    pg.check("PoliceRequired", "Police attendance requested", True, stale="Off")
    pg.check("ReportOnly", "Police report only", False, stale="1")
    checks = {k: ("1", "0") for k in captions}
    pdf = xfa.build(dynamic=False, template=xfa.template_xml("form1", tmpl_from(data, checks, captions), False),
                    datasets=xfa.datasets_xml("form1", data), pages=pg.pages, acro_fields=pg.fields,
                    info=dict(INFO_LC, Title="CP1 Conference Request"),
                    uuid="9e0a55c1-7b3f-4a0e-a7c2-3d6f18e2c404", timestamp="2026-12-17T11:40:00Z")
    body = ("Hi\n\nPlease find the conference request for Ellie-Mae attached. The date has now been confirmed as "
            "Tuesday 29th December at 10.30.\n\nThanks\nJo Crabtree\nChild Protection Administration\nCalderdale Council")
    subj = "OFFICIAL-SENSITIVE: ICPC request - SUNDERLAND"
    fname = "CP1 request SUNDERLAND v2.pdf"
    eml = mail(cid, "calderdale", rx, "Jo Crabtree <jo.crabtree@calderdale.gov.uk>", subj, body, fname, pdf)
    lab = C.label(
        district="calderdale", kind="initial", pre_birth=False, date="2026-12-29", time="10:30", tick=True,
        harm=["neglect"], children=[("Ellie-Mae Sunderland", "2024-10-06")],
        adults=["Kirsty Sunderland", "Aaron Whiteley"], criteria=["police_protection"], decision="discuss",
        received=rx.date(), source_texts=[subj, body, fname] + pg.texts + flat_values(data),
        tags=["xfa-static", "stale-acroform", "district-calderdale", "initial", "tick-attend", "christmas"],
        notes="Calderdale: the conference arises from police protection (s46) -> discuss (POLICY choice); the drawn "
              "page and the datasets say 29/12 and attendance requested, the stale AcroForm values say 22/12 and "
              "report only; no previous police involvement")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 97-05

def c05():
    cid = "t-97-05-bradford-prebirth-xfa-dynamic-both-ticked-schedule1"
    rx = dt.datetime(2027, 1, 6, 11, 45, 3)
    concerns = ("Ms Firth's two older children live with their paternal grandmother under special guardianship orders "
                "made in 2024 because of neglect. Mr Brearley was convicted in 2009 of cruelty to a child (his then "
                "partner's son, aged 3, who had a fractured skull); the Bradford Child Protection Unit arrested and "
                "interviewed him at the time and he served a prison sentence. He is a Schedule 1 offender (PPRC). He "
                "is not on the sex offenders register and there are no current police matters.")
    data = [
        ("BookingType", "Pre-birth Initial Child Protection Conference"), ("ConfDate", "2027-01-20"),
        ("ConfStart", "14:00"), ("Venue", "Margaret McMillan Tower, Princes Way, Bradford - Room 7"),
        ("Chair", "Anthony Greaves"), ("SocialWorker", "Jasmin Kaur"),
        ("Unborn", [("Name", "Baby Firth (unborn)"), ("EDD", "2027-03-18")]),
        ("Parent", [("Name", "Chantelle Firth"), ("Relationship", "Mother"), ("DOB", "1998-07-29")]),
        ("Parent", [("Name", "Lee Brearley"), ("Relationship", "Father"), ("DOB", "1983-01-11")]),
        ("Category", "Physical abuse"), ("Concerns", concerns),
        ("PoliceAttendanceRequired", "1"), ("WrittenReportOnly", "1"),
    ]
    captions = {"PoliceAttendanceRequired": "Police attendance required", "WrittenReportOnly": "Written report only"}
    checks = {k: ("1", "0") for k in captions}
    pdf = xfa.build(dynamic=True, template=xfa.template_xml("form1", tmpl_from(data, checks, captions), True),
                    datasets=xfa.datasets_xml("form1", data), pages=None, acro_fields=[],
                    info=dict(INFO_AEM, Title="Conference booking"),
                    uuid="d3f1a2b4-55c6-47d8-9e0f-a1b2c3d4e505", timestamp="2027-01-05T10:12:55Z")
    body = ("Afternoon all,\n\nPre-birth conference booking attached for Chantelle Firth and Lee Brearley, "
            "20/01/2027 at 2pm, Margaret McMillan Tower.\n\nKind regards\nDeborah Hanson\nConference Unit, Bradford "
            "Children's Social Care")
    subj = "Pre-birth ICPC 20/01/2027 - FIRTH / BREARLEY"
    fname = "Prebirth booking Firth.pdf"
    eml = mail(cid, "bradford", rx, "Deborah Hanson <deborah.hanson@bradford.gov.uk>", subj, body, fname, pdf)
    lab = C.label(
        district="bradford", kind="initial", pre_birth=True, date="2027-01-20", time="14:00", tick=None,
        harm=["physical"], children=[("Baby Firth", None)], adults=["Chantelle Firth", "Lee Brearley"],
        criteria=["prior_unit_involvement"], decision="discuss", received=rx.date(),
        flags_required=["tickbox_ambiguous"],
        source_texts=[subj, body, fname] + [l[2] for l in xfa.PLEASE_WAIT if l[2]] + flat_values(data),
        tags=["xfa-dynamic", "please-wait-page", "district-bradford", "pre-birth", "initial", "tick-both",
              "schedule1-not-rso"],
        notes="Bradford (Wakefield rules): Schedule 1 / PPRC is not an RSO; the 2009 arrest is previous unit "
              "involvement, which is not a Wakefield attend criterion; both tick boxes are 1 -> discuss with "
              "tickbox_ambiguous")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 97-06

def c06():
    cid = "t-97-06-wakefield-rcpc-xfa-dynamic-police-left-core-group"
    rx = dt.datetime(2027, 1, 13, 13, 0, 17)
    progress = ("Second review. Lily and Noah are both doing well at school and say home is calmer. The police "
                "investigation into the incident in August (Mr Ramsden, assault on Noah) ended with no further action "
                "on 14/10/2026. DC Joanne Healey came off the core group after the October meeting as police have no "
                "ongoing role. Core group now: SW, school nurse, both schools, Mr and Mrs Ramsden.")
    data = [
        ("ConfType", "RCPC"), ("ReviewNumber", "2"), ("ConfDate", "2027-01-28"), ("ConfTime", "10:00"),
        ("Venue", "Microsoft Teams"), ("Chair", "Simone Garside"), ("SWName", "Natalie Firth"),
        ("CareDirectorID", "CD588120"), ("Category", "Physical"),
        ("Children", [("Child", [("Name", "Lily Ramsden"), ("DOB", "2012-12-12")]),
                      ("Child", [("Name", "Noah Ramsden"), ("DOB", "2016-05-01")])]),
        ("Adults", [("Adult", [("Name", "Donna Ramsden"), ("Rel", "Mother")]),
                    ("Adult", [("Name", "Craig Ramsden"), ("Rel", "Father")])]),
        ("Progress", progress), ("PoliceAttend", "0"), ("ReportOnly", "1"),
    ]
    captions = {"PoliceAttend": "Police attendance required", "ReportOnly": "Written report sufficient"}
    checks = {k: ("1", "0") for k in captions}
    pdf = xfa.build(dynamic=True, template=xfa.template_xml("form1", tmpl_from(data, checks, captions), True),
                    datasets=xfa.datasets_xml("form1", data), pages=None, acro_fields=[],
                    info=dict(INFO_LC, Title="SRU Review Booking"),
                    uuid="71c4e0aa-2f3b-4d5c-8e9f-0a1b2c3d4606", timestamp="2027-01-12T09:30:00Z")
    body = ("Dear colleague,\n\nPlease find attached the booking form for the second Review Child Protection Conference "
            "for Lily and Noah Ramsden on Thursday 28 January 2027 at 10:00 (Teams).\n\nSafeguarding and Review Unit\n"
            "Wakefield Council")
    subj = "RCPC - RAMSDEN - 28/01/2027"
    fname = "Review booking RAMSDEN.pdf"
    eml = mail(cid, "wakefield", rx, "Safeguarding and Review Unit <sru.conferences@wakefield.gov.uk>", subj, body,
               fname, pdf)
    lab = C.label(
        district="wakefield", kind="review", pre_birth=False, date="2027-01-28", time="10:00", tick=False,
        harm=["physical"], children=[("Lily Ramsden", "2012-12-12"), ("Noah Ramsden", "2016-05-01")],
        adults=["Donna Ramsden", "Craig Ramsden"], criteria=["prior_unit_involvement"], decision="report_only",
        received=rx.date(), source_texts=[subj, body, fname] + [l[2] for l in xfa.PLEASE_WAIT if l[2]] +
                                         flat_values(data),
        tags=["xfa-dynamic", "please-wait-page", "district-wakefield", "review", "tick-report", "police-left-core-group",
              "history-nfa"],
        notes="Wakefield review: the investigation closed NFA and the DC left the core group -> no core_group_member; "
              "only prior involvement, which does not count for reviews -> report_only")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 97-07

def c07():
    cid = "t-97-07-leeds-icpc-xfa-static-chair-di-agreed-attendance"
    rx = dt.datetime(2026, 12, 21, 10, 20, 45)
    reason = ("Paediatricians at LGI are concerned about fabricated or induced illness. Isla has had 31 hospital "
              "attendances in 2026, two procedures that were not needed and a feeding tube that the consultants say she "
              "does not need. Mrs Pearson continues to report seizures that nobody else has witnessed. There is no "
              "police investigation at present; the medical evidence is still being gathered.")
    chair = ("Following a discussion on 18/12/2026 between the Chair (Beverley Lumb) and DI Carl Ashby of the Leeds "
             "District Safeguarding Unit it has been agreed that police will attend this conference, given the "
             "possible criminal aspects of the FII concerns.")
    data = [
        ("ConfType", "ICPC"), ("ConfDate", "2027-01-06"), ("StartTime", "10:00"),
        ("Venue", "St George House, 40 Great George Street, Leeds"), ("Chair", "Beverley Lumb"),
        ("SW", "Rukhsana Begum"), ("Mosaic", "MOS-602291"), ("Category", "Physical"),
        ("Child", [("Name", "Isla Pearson"), ("DOB", "2019-07-07"), ("Gender", "Female")]),
        ("Adult", [("Name", "Natalie Pearson"), ("Rel", "Mother")]),
        ("Adult", [("Name", "Simon Pearson"), ("Rel", "Father")]),
        ("Reason", reason), ("ChairNotes", chair), ("PoliceAttend", "1"), ("ReportOnly", "0"),
    ]
    captions = {"PoliceAttend": "Police attendance required", "ReportOnly": "Written report sufficient"}
    pg = xfa.StaticPage("Leeds City Council - Request for Child Protection Conference",
                        "Integrated Safeguarding Unit | ISU-REQ-07 | OFFICIAL-SENSITIVE")
    pg.heading("Conference")
    pg.field("ConfType", "Conference type", "ICPC")
    pg.field("ConfDate", "Conference date", "06/01/2027")
    pg.field("StartTime", "Start time", "10:00")
    pg.field("Venue", "Location", "St George House, 40 Great George Street, Leeds")
    pg.field("Chair", "Chair", "Beverley Lumb")
    pg.field("SW", "Allocated social worker", "Rukhsana Begum")
    pg.field("Mosaic", "Mosaic ID", "MOS-602291")
    pg.field("Category", "Category", "Physical")
    pg.heading("Child and family")
    pg.field("Child.Name", "Child", "Isla Pearson (F) - 07/07/2019")
    pg.field("Adult.Name", "Mother", "Natalie Pearson")
    pg.field("Adult[1].Name", "Father", "Simon Pearson")
    pg.heading("Reason for requesting conference")
    pg.field("Reason", "Reason", reason)
    pg.heading("Chair's notes")
    pg.field("ChairNotes", "Notes", chair)
    pg.heading("Police")
    pg.check("PoliceAttend", "Police attendance required", True)
    pg.check("ReportOnly", "Written report sufficient", False)
    checks = {k: ("1", "0") for k in captions}
    pdf = xfa.build(dynamic=False, template=xfa.template_xml("form1", tmpl_from(data, checks, captions), False),
                    datasets=xfa.datasets_xml("form1", data), pages=pg.pages, acro_fields=pg.fields,
                    info=dict(INFO_LC, Title="ISU Request"),
                    uuid="a4b3c2d1-e0f9-4817-a6b5-c4d3e2f1a707", timestamp="2026-12-18T16:05:30Z")
    body = ("Please see attached request for ICPC - Pearson - 06/01/2027 10:00.\n\nReports to the ISU 24 hours before "
            "please.\n\nISU Business Support\nLeeds City Council")
    subj = "ICPC - PEARSON - 06/01/2027"
    fname = "ISU request PEARSON.pdf"
    eml = mail(cid, "leeds", rx, "ISU Business Support <isu.businesssupport@leeds.gov.uk>", subj, body, fname, pdf)
    lab = C.label(
        district="leeds", kind="initial", pre_birth=False, date="2027-01-06", time="10:00", tick=True,
        harm=["physical"], children=[("Isla Pearson", "2019-07-07")], adults=["Natalie Pearson", "Simon Pearson"],
        criteria=["negotiated_attendance"], decision="attend", received=rx.date(),
        source_texts=[subj, body, fname] + pg.texts + flat_values(data),
        tags=["xfa-static", "acroform-empty", "district-leeds", "initial", "tick-attend", "christmas"],
        notes="Leeds item 7: chair and DI agreed that police attend (FII) -> attend; no current investigation")
    return cid, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
