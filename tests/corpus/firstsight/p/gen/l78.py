"""Layout 78: the reason given as a dated chronology where later rows change earlier ones."""
from common import Rec, Pdf, text_part, attach, multipart, send, label, utc
import dx

HDR = ["Date", "Event", "Agency", "Outcome"]


def c01():
    cid, slug = "p-78-01", "wakefield-icpc-docx-chronology-police-protection"
    rec = Rec()
    doc = dx.new(rec, header="OFFICIAL-SENSITIVE", landscape=True)
    dx.para(doc, rec, "WAKEFIELD COUNCIL \u2013 ICPC BOOKING FORM (CHRONOLOGY FORMAT)", bold=True, size=12)
    dx.table(doc, rec, [
        ["Conference type", "ICPC", "Date / time", "Wed 06/01/2027 10:00"],
        ["Venue", "Wakefield One, Room 2.07", "Chair", "Kathryn Speight"],
        ["SW", "Adam Rhodes", "CareDirector", "CD771530"],
    ], shade_first_col=True)
    dx.table(doc, rec, [
        ["Name", "Role", "DOB"],
        ["Mason Firth", "Child", "17/06/2019"],
        ["Isla Firth", "Child", "26/08/2024"],
        ["Leanne Firth", "Mother", "08/02/1993"],
        ["Dean Firth", "Father", "30/11/1990"],
    ], header=True)
    dx.para(doc, rec, "Reason for conference \u2013 chronology of significant events", bold=True)
    dx.table(doc, rec, [
        HDR,
        ["14/03/2023", "Mr Firth arrested on suspicion of assaulting Mason (then 3) \u2013 bruise to cheek reported by nursery", "WYP", "Interviewed; NFA 02/05/2023 (insufficient evidence)"],
        ["09/11/2026", "Police called by neighbour to a verbal argument between the parents", "WYP", "No offences disclosed; DASH standard; Operation Encompass notice to school"],
        ["30/11/2026", "Officers attended at 23:40 after a report of a child screaming. Mason and Isla found alone in a cold house with no food; parents returned intoxicated at 01:15", "WYP / EDT", "Both children taken into police protection under s46 Children Act 1989 and placed with maternal aunt"],
        ["02/12/2026", "Strategy discussion", "CSC, WYP, Health", "s47 enquiry (single agency) \u2013 ICPC to be convened"],
        ["03/12/2026", "Police protection ended", "WYP / CSC", "Children remain with maternal aunt by agreement (s20)"],
        ["04/12/2026", "Police review of the 30/11 incident", "WYP", "Child cruelty (neglect) offence not being pursued \u2013 NFA"],
    ], header=True)
    dx.para(doc, rec, "Category: Neglect")
    dx.table(doc, rec, [["Police attendance required", "\u2612"], ["Written report sufficient", "\u2610"]])
    fn = "ICPC Booking FIRTH chronology.docx"
    rec.t(fn)
    body = rec.t("Hi\n\nBooking form for the Firth ICPC attached (06/01/2027 10am, Wakefield One). Apologies for sending between Christmas and New Year.\n\nAdam Rhodes\nSocial Worker, Wakefield Council")
    msg = multipart("mixed", [text_part(body), attach(dx.docx_bytes(doc), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)], cid)
    eml = send(cid, rec, msg, name="Adam Rhodes", addr="adam.rhodes@wakefield.gov.uk", district="wakefield",
               subject="ICPC Booking - FIRTH - 06/01/2027", sent="2026-12-29 11:20", recv="2026-12-29 11:26")
    lab = label(cid, slug, rec=rec, district="wakefield", kind="initial", pre_birth=False, date="2027-01-06", time="10:00",
                tick=True, harm=["neglect"], children=[("Mason Firth", "2019-06-17"), ("Isla Firth", "2024-08-26")],
                adults=["Leanne Firth", "Dean Firth"], criteria=["police_protection", "prior_unit_involvement"], decision="attend",
                received=utc("2026-12-29 11:26"),
                tags=["docx-table", "chronology", "landscape", "district-wakefield", "initial", "tick-attend", "christmas-bank-holidays", "notice-exact-minimum"],
                notes="the conference arises from s46 police protection on 30/11 (Wakefield item 4); the 2023 arrest closed NFA is prior involvement only; the wilful-neglect line is NFA so not a criterion")
    return cid, slug, eml, lab


def c02():
    cid, slug = "p-78-02", "leeds-icpc-html-chronology-rui-then-nfa"
    rec = Rec()
    h = rec.h
    rows = [
        ("12/10/2026", "Sophie (11) told her teacher that her stepfather had touched her inappropriately in the bathroom", "School / Front Door", "Referral to CSC"),
        ("13/10/2026", "Strategy discussion", "CSC, Police, Health", "Joint s47 agreed"),
        ("14/10/2026", "Mr Barraclough arrested and interviewed", "WYP Leeds CPPU", "Released under investigation; agreed to live with his mother"),
        ("20/10/2026", "ABE interview", "WYP / CSC", "Sophie did not repeat the account"),
        ("24/11/2026", "Investigation reviewed", "WYP Leeds CPPU", "NFA \u2013 evidential difficulties; RUI ended"),
        ("02/12/2026", "Ms Naylor tells SW she does not believe Sophie and wants Mr Barraclough home for Christmas", "CSC", "Single assessment completed; ICPC requested"),
    ]
    trs = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % h(c) for c in r) for r in rows)
    th = "".join("<th>%s</th>" % h(c) for c in HDR)
    fam = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (h(a), h(b), h(c)) for a, b, c in [
        ("Sophie Naylor", "child", "09/09/2015"), ("Gemma Naylor", "mother", "24/07/1988"),
        ("Lee Barraclough", "stepfather (currently living with his mother)", "03/03/1985")])
    pol = h("Police attendance requested? No \u2013 police report to the ISU is sufficient.")
    top = h("ICPC \u2013 Tuesday 12 January 2027 at 11:00 \u2013 Leeds Civic Hall, Committee Room B")
    html = f"""<html><body><div style="font-family:Arial;font-size:10pt">
<p>{h("OFFICIAL-SENSITIVE")}</p>
<p>{h("Dear colleagues,")}</p>
<p>{top}</p>
<p>{h("Chair: Samuel Otieno. Social worker: Freya Kitching (Leeds West).")}</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">{fam}</table>
<p><b>{h("Chronology")}</b></p>
<table border="1" cellpadding="3" style="border-collapse:collapse"><tr>{th}</tr>{trs}</table>
<p>{h("Category: sexual abuse.")}</p>
<p>{pol}</p>
<p>{h("Regards, Freya Kitching, Social Worker, Leeds City Council")}</p>
</div></body></html>"""
    msg = text_part(html, "html")
    eml = send(cid, rec, msg, name="Freya Kitching", addr="freya.kitching@leeds.gov.uk", district="leeds",
               subject="ICPC NAYLOR 12/01/2027", sent="2026-12-30 15:01", recv="2026-12-30 15:04")
    lab = label(cid, slug, rec=rec, district="leeds", kind="initial", pre_birth=False, date="2027-01-12", time="11:00",
                tick=False, harm=["sexual"], children=[("Sophie Naylor", "2015-09-09")], adults=["Gemma Naylor", "Lee Barraclough"],
                criteria=["prior_unit_involvement"], decision="report_only", received=utc("2026-12-30 15:04"),
                tags=["html-table", "chronology", "rui-closed-by-nfa", "district-leeds", "initial", "tick-report"],
                notes="arrest and RUI in October are closed by the NFA row of 24/11: no current investigation, no escalation stated; prior involvement does not count in Leeds: report_only")
    return cid, slug, eml, lab


def c03():
    cid, slug = "p-78-03", "calderdale-icpc-pdf-chronology-historic-pp-conflict"
    rec = Rec()
    p = Pdf(rec, title="ICPC notification", landscape=True)
    p.line("OFFICIAL-SENSITIVE", "DVB", 9)
    p.line("Calderdale Council \u2013 Initial Child Protection Conference: Notification and Chronology", "DVB", 12)
    p.space()
    p.table([160, 250, 160, 170], [
        ["Conference", "Date / time", "Venue", "Chair"],
        ["Initial CPC", "Tuesday 12 January 2027, 2pm", "Northgate House, Room 6", "Helen Priestley"],
    ])
    p.space()
    p.table([200, 120, 420], [
        ["Name", "DOB", "Role / details"],
        ["Harvey Crowther", "01/12/2016", "Child \u2013 Year 5, Ovenden Primary"],
        ["Lola Crowther", "19/03/2020", "Child \u2013 Reception, Ovenden Primary"],
        ["Amy Crowther", "27/04/1992", "Mother"],
        ["Steven Crowther", "15/10/1989", "Father"],
    ])
    p.space()
    p.line("Chronology", "DVB", 10)
    p.table([80, 330, 110, 220], [
        HDR,
        ["22/05/2021", "Father found asleep and heavily intoxicated while in sole care of Harvey and Lola; door open onto main road", "WYP", "Children placed in police protection; returned to mother next day; Calderdale SGU strategy meeting"],
        ["06/2021 \u2013 02/2022", "Child in need plan", "CSC", "Closed \u2013 progress made"],
        ["10/2026", "School: children hungry, unwashed, Harvey's attendance 71%", "School", "Referral to Calderdale Front Door"],
        ["11/2026", "Both parents drinking daily; house without electricity for 4 days", "CSC / Health", "Single assessment escalated to s47"],
        ["10/12/2026", "Strategy discussion", "CSC, Police, Health", "Single-agency s47; police found no criminal offence to investigate"],
    ])
    p.space()
    p.line("Category: Neglect", "DV", 10)
    p.line("Police contribution:   \u2610 Attendance   \u2612 Report only", "DV", 10)
    fn = "ICPC Crowther 12.01.27.pdf"
    rec.t(fn)
    body = rec.t("Please see attached notification for the Crowther ICPC.\n\nCP Administration\nCalderdale MBC\n\nThis e-mail and any attachments are confidential.")
    msg = multipart("mixed", [text_part(body), attach(p.bytes(), "application", "pdf", fn)], cid)
    eml = send(cid, rec, msg, name="CP Administration", addr="cp.admin@calderdale.gov.uk", district="calderdale",
               subject="ICPC notification CROWTHER Tues 12 Jan 2027", sent="2026-12-31 10:15", recv="2026-12-31 10:17")
    lab = label(cid, slug, rec=rec, district="calderdale", kind="initial", pre_birth=False, date="2027-01-12", time="14:00",
                tick=False, harm=["neglect"], children=[("Harvey Crowther", "2016-12-01"), ("Lola Crowther", "2020-03-19")],
                adults=["Amy Crowther", "Steven Crowther"], criteria=["prior_unit_involvement"], decision="attend",
                received=utc("2026-12-31 10:17"), required=["tickbox_conflict"],
                tags=["pdf-table", "chronology", "landscape", "historic-police-protection", "district-calderdale", "initial", "tick-report", "tickbox-conflict"],
                notes="the 2021 police protection is historical (not the reason for this conference) but is significant prior unit involvement: Calderdale attend, against the report-only tick (tickbox_conflict)")
    return cid, slug, eml, lab


def c04():
    cid, slug = "p-78-04", "kirklees-icpc-text-chronology-nfa-then-new-arrest"
    rec = Rec()
    body = rec.t("""OFFICIAL-SENSITIVE

Hi all,

Please note an Initial Child Protection Conference has been arranged:

  Date:   Monday 18th January 2027
  Time:   10am
  Venue:  Huddersfield Civic Centre 3, Room 1.14 (hybrid)
  Chair:  Rehana Sadiq
  SW:     Thomas Brook (Kirklees Child Protection Team North)

  Noah Haigh     d.o.b. 06/04/2021
  Ava Haigh      d.o.b. 14/11/2025
  Jade Kenyon    (mum)   d.o.b. 23/01/1997
  Carl Haigh     (dad)   d.o.b. 11/12/1994

CHRONOLOGY
Date       | Event                                                   | Agency        | Outcome
-----------+---------------------------------------------------------+---------------+-----------------------------
22/07/2024 | Noah (3) admitted with a spiral fracture of the left     | CHFT / WYP    | Joint s47; Mr Haigh
           | arm; explanation: fell off the sofa                     |               | interviewed voluntarily
30/09/2024 | Police investigation concluded                          | WYP           | NFA - medical opinion
           |                                                         |               | inconclusive
15/03/2025 | Case closed to CSC                                      | CSC           | -
27/12/2026 | Noah seen at A&E with bruising to his ear and cheek;    | CHFT          | Referral to Duty & Advice
           | paediatrician: injuries likely non-accidental           |               |
28/12/2026 | Strategy discussion                                     | CSC/WYP/CHFT  | Joint s47 with police
29/12/2026 | Mr Haigh arrested for ABH on Noah, interviewed          | WYP Kirklees  | Bailed to 29/03/2027 - no
           |                                                         | CSU           | unsupervised contact with
           |                                                         |               | Noah or Ava

This is the second serious injury to Noah in eighteen months and we consider the risk to both children to be escalating. Category: physical abuse.

Tick box: not applicable - reports to conference@kirklees.gov.uk 3 working days before please.

Thanks
Thomas""")
    msg = text_part(body)
    eml = send(cid, rec, msg, name="Thomas Brook", addr="thomas.brook@kirklees.gov.uk", district="kirklees",
               subject="ICPC - HAIGH/KENYON - 18.01.2027", sent="2027-01-04 08:40", recv="2027-01-04 08:44")
    lab = label(cid, slug, rec=rec, district="kirklees", kind="initial", pre_birth=False, date="2027-01-18", time="10:00",
                tick=None, harm=["physical"], children=[("Noah Haigh", "2021-04-06"), ("Ava Haigh", "2025-11-14")],
                adults=["Jade Kenyon", "Carl Haigh"],
                criteria=["current_investigation", "previous_investigation_escalation", "prior_unit_involvement"],
                decision="attend", received=utc("2027-01-04 08:44"),
                tags=["body-text", "ascii-chronology", "nfa-then-new-arrest", "district-kirklees", "initial", "tick-absent", "kirklees-wakefield-rules"],
                notes="the 2024 investigation closed NFA; the 29/12/2026 arrest and bail reopen a current investigation of physical abuse and the text states escalation: attend (Wakefield rules)")
    return cid, slug, eml, lab


def c05():
    cid, slug = "p-78-05", "bradford-rcpc-docx-chronology-da-bail-marac-review"
    rec = Rec()
    doc = dx.new(rec, header="OFFICIAL-SENSITIVE")
    dx.para(doc, rec, "Bradford Children's Services \u2013 Review Child Protection Conference", bold=True, size=12)
    dx.para(doc, rec, "Conference: Thursday 21 January 2027 at 1pm, Keighley Town Hall (Room 2)")
    dx.para(doc, rec, "Children: Tia Oldroyd (23/04/2012), Lewis Oldroyd (11/11/2015)")
    dx.para(doc, rec, "Adults: Tracey Oldroyd (mother, 09/06/1984); Wayne Oldroyd (father, 27/02/1981 \u2013 not living at the address)")
    dx.para(doc, rec, "Plan category: Emotional abuse. Chair: Yvonne Clegg. SW: Bilal Anwar.")
    dx.para(doc, rec, "Chronology since the last conference", bold=True)
    dx.table(doc, rec, [
        HDR,
        ["08/10/2026", "Initial conference", "Multi-agency", "CP plan \u2013 emotional abuse (parental conflict)"],
        ["19/10/2026", "Core group", "SW, school, school nurse, parents", "Plan agreed"],
        ["14/11/2026", "Mr Oldroyd assaulted Ms Oldroyd (punched, hair pulled) with both children present", "WYP", "Arrested; charged with assault by beating and criminal damage; bail conditions not to contact Ms Oldroyd or go to the address"],
        ["16/11/2026", "DASH", "WYP", "High risk"],
        ["24/11/2026", "MARAC", "Multi-agency", "Heard; IDVA allocated; police marker on the address"],
        ["02/12/2026", "Core group", "SW, school, IDVA, parents", "Police not in the core group"],
        ["15/12/2026", "Plea hearing", "Bradford Magistrates", "Not guilty plea; trial 08/03/2027; bail continued"],
    ], header=True)
    dx.para(doc, rec, "No request for police attendance is made on this form.")
    fn = "RCPC Oldroyd chronology.docx"
    rec.t(fn)
    body = rec.t("Afternoon\n\nAttached invite and chronology for the Oldroyd RCPC on 21/01/2027 1pm (Keighley).\n\nBilal Anwar\nSocial Worker\nBradford Children's Services")
    msg = multipart("mixed", [text_part(body), attach(dx.docx_bytes(doc), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)], cid)
    eml = send(cid, rec, msg, name="Bilal Anwar", addr="bilal.anwar@csc.bradford.gov.uk", district="bradford",
               subject="RCPC Oldroyd 21/01/2027", sent="2027-01-05 13:50", recv="2027-01-05 13:53")
    lab = label(cid, slug, rec=rec, district="bradford", kind="review", pre_birth=False, date="2027-01-21", time="13:00",
                tick=None, harm=["emotional"], children=[("Tia Oldroyd", "2012-04-23"), ("Lewis Oldroyd", "2015-11-11")],
                adults=["Tracey Oldroyd", "Wayne Oldroyd"], criteria=["domestic_abuse_current_involvement"], decision="discuss",
                received=utc("2027-01-05 13:53"),
                tags=["docx-table", "chronology", "sub-domain-sender", "district-bradford", "review", "tick-absent", "bradford-wakefield-rules"],
                notes="a significant DA event since the last conference with current police/criminal-justice involvement (charge, bail, MARAC): review discuss; police are not core group members")
    return cid, slug, eml, lab


def c06():
    cid, slug = "p-78-06", "wakefield-rcpc-pdf-chronology-old-nfa-deadline-passed"
    rec = Rec()
    p = Pdf(rec, title="RCPC")
    p.line("OFFICIAL-SENSITIVE", "DVB", 9)
    p.line("WAKEFIELD \u2013 REVIEW CHILD PROTECTION CONFERENCE", "DVB", 12)
    p.para("Friday 8 January 2027, 10:00, Airedale Family Hub. Chair: Graham Tunnicliffe. SW: Priya Chauhan.", "DV", 9)
    p.para("Child: Charlie Senior, date of birth 10/10/2018. Mother: Hayley Senior (04/02/1995). Father: Gary Senior (18/06/1992).", "DV", 9)
    p.para("Plan category: Neglect (plan made 16/07/2026).", "DV", 9)
    p.space()
    p.line("Chronology", "DVB", 10)
    p.table([70, 215, 80, 130], [
        HDR,
        ["09/2019", "Mr Senior arrested on suspicion of sexual assault of a 13-year-old girl (not a family member)", "WYP", "NFA 01/2020 \u2013 victim withdrew support"],
        ["16/07/2026", "ICPC", "Multi-agency", "CP plan \u2013 neglect"],
        ["08/2026 \u2013 12/2026", "Six core groups; home conditions improved; Charlie's dental treatment completed", "CSC / Health", "Progress against plan"],
        ["11/2026", "Mr Senior completed parenting course", "Family Hub", "Certificate"],
        ["-", "No police involvement since the ICPC", "-", "-"],
    ])
    p.space()
    p.line("Police:  [ ] attend    [X] written report", "DV", 9)
    fn = "RCPC Senior 08012027.pdf"
    rec.t(fn)
    body = rec.t("Hello\n\nApologies - this review invite was not sent before Christmas as it should have been. RCPC for Charlie Senior this Friday (08/01/2027) at 10am. Anything you can send before then would be appreciated.\n\nRegards\nSRU Admin Team\nWakefield Council")
    msg = multipart("mixed", [text_part(body), attach(p.bytes(), "application", "pdf", fn)], cid)
    eml = send(cid, rec, msg, name="SRU Admin Team", addr="sru.admin@wakefield.gov.uk", district="wakefield",
               subject="RCPC SENIOR Fri 08/01/2027 - late invite", sent="2027-01-06 15:25", recv="2027-01-06 15:30")
    lab = label(cid, slug, rec=rec, district="wakefield", kind="review", pre_birth=False, date="2027-01-08", time="10:00",
                tick=False, harm=["neglect"], children=[("Charlie Senior", "2018-10-10")], adults=["Hayley Senior", "Gary Senior"],
                criteria=["prior_unit_involvement"], decision="report_only", received=utc("2027-01-06 15:30"),
                tags=["pdf-table", "chronology", "old-arrest-nfa", "district-wakefield", "review", "tick-report", "deadline-passed"],
                notes="the 2019 arrest (NFA) is prior involvement only, not a review trigger; no police since the ICPC: report_only; report was due 05/01 (passed); Wakefield has no notice minimum for reviews")
    return cid, slug, eml, lab


def c07():
    cid, slug = "p-78-07", "leeds-prebirth-html-chronology-escalation-after-nfa"
    rec = Rec()
    h = rec.h
    rows = [
        ("03/2022", "Millie (then 6), Ms Clegg's daughter, disclosed that Reece Armitage touched her private parts", "WYP Leeds CPPU / CSC", "Joint s47; Mr Armitage arrested and interviewed"),
        ("08/2022", "Investigation concluded", "WYP", "NFA (Millie unable to give an ABE account); written safety plan: Mr Armitage to have no contact with Millie"),
        ("09/2022", "Millie moves to live with her father, Stephen Clegg, in Garforth", "CSC", "Case closed"),
        ("11/2026", "Ms Clegg booked with midwifery, 20 weeks pregnant by Mr Armitage", "LTHT midwifery", "Referral to Front Door"),
        ("01/12/2026", "Mr Armitage has moved back into Ms Clegg's flat; Millie (now 10) has started staying there at weekends", "CSC", "Breach of the 2022 safety plan"),
        ("02/12/2026", "Millie told her father that 'Reece did the same thing again'", "Father / CSC", "New disclosure"),
        ("04/12/2026", "Strategy discussion", "CSC, Police, Health", "s47 (pre-birth); police reviewing whether the 2022 investigation can be reopened \u2013 no decision yet"),
    ]
    trs = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % h(c) for c in r) for r in rows)
    th = "".join("<th>%s</th>" % h(c) for c in HDR)
    intro = h("Please find details for the pre-birth ICPC below. The chronology shows the risk escalating since the baby was announced, and we would like police at the conference.")
    pol = h("Police attendance requested: \u2612 Yes \u2610 No")
    fam = h("Unborn baby Clegg, EDD 15/04/2027 \u2022 Naomi Clegg (mother) 21/12/1994 \u2022 Reece Armitage (father of the baby) 07/08/1990")
    html = f"""<html><body><div dir="ltr" style="font-family:Segoe UI;font-size:10pt">
<p>{h("OFFICIAL-SENSITIVE")}</p>
<p>{intro}</p>
<p><b>{h("Pre-birth ICPC: Thursday 21 January 2027, 9.30am, Merrion House 7.02")}</b></p>
<p>{fam}</p>
<table border="1" style="border-collapse:collapse"><tr>{th}</tr>{trs}</table>
<p>{h("Category: sexual abuse (risk).")}</p>
<p>{pol}</p>
<p>{h("Olivia Hartshorne, Social Worker, Leeds East, Leeds City Council")}</p>
</div></body></html>"""
    msg = text_part(html, "html")
    eml = send(cid, rec, msg, name="Olivia Hartshorne", addr="olivia.hartshorne@leeds.gov.uk", district="leeds",
               subject="Pre-birth ICPC CLEGG 21/01/2027", sent="2027-01-07 12:00", recv="2027-01-07 12:06")
    lab = label(cid, slug, rec=rec, district="leeds", kind="initial", pre_birth=True, date="2027-01-21", time="09:30",
                tick=True, harm=["sexual"], children=[("Unborn baby Clegg", None)], adults=["Naomi Clegg", "Reece Armitage"],
                criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
                received=utc("2027-01-07 12:06"),
                tags=["html-table", "chronology", "nfa-then-escalation", "district-leeds", "pre-birth", "initial", "tick-attend"],
                notes="2022 investigation of sexual abuse in the family closed NFA; perpetrator back in the home and a new disclosure = clear escalation (Leeds item 2); police only 'reviewing' a reopening, so not a current investigation")
    return cid, slug, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
