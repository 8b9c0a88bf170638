"""Layout 125 - person-by-person sections: 'Person N: name / role / DOB / address / police involvement'
blocks for each child and adult, including people who do not live with the child."""
import datetime as dt
import html as htmlmod
import io

from common import base, docx_core, docx_texts, finish, fix_docx, gmt, html_text, outlook_html, write_case


def blocks_text(people, label="Person"):
    out = []
    for i, p in enumerate(people, 1):
        out.append(f"{label} {i}")
        for k, v in p:
            out.append(f"  {k}: {v}")
        out.append("")
    return "\n".join(out)


def blocks_html(people):
    out = []
    for i, p in enumerate(people, 1):
        out.append(f'<p class="MsoNormal" style="margin-top:8pt"><b><u>Person {i}</u></b></p>')
        out.append('<table border="0" cellpadding="2" style="margin-left:18pt">')
        for k, v in p:
            out.append(f"<tr><td width=\"170\"><b>{htmlmod.escape(k)}:</b></td><td>{htmlmod.escape(v)}</td></tr>")
        out.append("</table>")
    return "\n".join(out)


def c01():
    people = [
        [("Name", "Scarlett Ramsden"), ("Role", "Subject child"), ("DOB", "02/06/2012"), ("Address", "7 Lupset Crescent, Wakefield WF2 8RT"),
         ("Police involvement", "Victim. Disclosed to her form tutor that her stepfather sexually assaulted her; ABE interview completed 04/12/2026.")],
        [("Name", "Michelle Ramsden"), ("Role", "Mother"), ("DOB", "19/01/1984"), ("Address", "As Person 1"),
         ("Police involvement", "None.")],
        [("Name", "Carl Bentley"), ("Role", "Stepfather"), ("DOB", "28/08/1978"), ("Address", "Bail address: his sister's, Castleford Road, Normanton"),
         ("Police involvement", "Arrested 03/12/2026 on suspicion of sexual assault of Scarlett. On police bail until 03/03/2027 - conditions: no contact with Scarlett, not to attend Lupset Crescent.")],
        [("Name", "Eileen Ramsden"), ("Role", "Maternal grandmother (does not live with Scarlett)"), ("DOB", "11/11/1955"), ("Address", "Filey Road, Scarborough"),
         ("Police involvement", "None. Has Scarlett for respite some weekends.")],
        [("Name", "Harley Ramsden"), ("Role", "Adult half-brother (lives in Leeds)"), ("DOB", "14/03/2006"), ("Address", "Harehills, Leeds"),
         ("Police involvement", "Cautioned for shoplifting 2023 - not relevant to this conference.")],
    ]
    html = outlook_html(f"""
<p class="MsoNormal">Good morning,</p>
<p class="MsoNormal">Please see the booking for an Initial Child Protection Conference:</p>
<p class="MsoNormal"><b>Date:</b> Friday 18 December 2026 &nbsp; <b>Time:</b> 1.00pm &nbsp; <b>Venue:</b> Wakefield One, Room 5<br>
<b>Chair:</b> Diane Shepherd &nbsp; <b>SW:</b> Oliver Marsh &nbsp; <b>CareDirector:</b> CD-947731 &nbsp; <b>Category:</b> Sexual abuse<br>
<b>Police attendance required:</b> Yes &nbsp; <b>Written report sufficient:</b> No</p>
<p class="MsoNormal"><b>PEOPLE</b></p>
{blocks_html(people)}
<p class="MsoNormal"><b>Reason for conference:</b> Scarlett disclosed sexual abuse by her stepfather; joint s47 with West Yorkshire Police.</p>
<p class="MsoNormal">Thanks<br>Naomi Fletcher<br>Safeguarding &amp; Review Unit | Wakefield Council</p>""")
    c = base("y-125-01-wakefield-initial-person-blocks-bail-attend", "wakefield", "Naomi Fletcher",
             "naomi.fletcher@wakefield.gov.uk", "ICPC - RAMSDEN - 18/12/2026 13:00", gmt(2026, 12, 10, 11, 30))
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="wakefield", kind="initial", date="2026-12-18", time="13:00", tick=True, harm=["sexual"],
                      children=[("Scarlett Ramsden", "2012-06-02")],
                      adults=["Michelle Ramsden", "Carl Bentley", "Eileen Ramsden", "Harley Ramsden"],
                      criteria=["current_investigation"], decision="attend", unscored_flags=["no_booking_form"],
                      tags=["person-blocks", "html", "bail", "district-wakefield", "initial", "tick-attend"],
                      notes="stepfather arrested and on bail for sexual assault of the child, joint s47: attend; the grandmother and adult half-brother live elsewhere (the half-brother's 2023 caution is irrelevant); adults = every adult person block")
    return finish(c)


def c02():
    people = [
        [("Name", "Idris Shah"), ("Role", "Subject child"), ("DOB", "15/09/2020"), ("Address", "22 Gledhow Road, Leeds LS8"),
         ("Police involvement", "None")],
        [("Name", "Rukhsana Shah"), ("Role", "Mother"), ("DOB", "03/02/1993"), ("Address", "As Person 1"),
         ("Police involvement", "None")],
        [("Name", "Adeel Shah"), ("Role", "Father - separated, lives in Bradford"), ("DOB", "27/07/1988"), ("Address", "Manningham, Bradford"),
         ("Police involvement", "Is a PPO (Prolific and Priority Offender) managed under IOM for burglary. No offences against children or partners. Contact with Idris is supervised by the paternal grandmother.")],
        [("Name", "Shahid Shah"), ("Role", "Paternal uncle - lives in Lahore, Pakistan"), ("DOB", "01/01/1975"), ("Address", "Lahore, Pakistan"),
         ("Police involvement", "Was a registered sex offender in the UK 2008-2018 (notification period ended). Left the UK in 2019. No contact with Idris or his parents.")],
        [("Name", "Nasreen Shah"), ("Role", "Paternal grandmother"), ("DOB", "12/12/1960"), ("Address", "Manningham, Bradford"),
         ("Police involvement", "None")],
    ]
    text = ("Hello,\n\n"
            "OFFICIAL-SENSITIVE\n\n"
            "Initial Child Protection Conference\n"
            "Date: Wednesday 27 January 2027\n"
            "Time: 10:00\n"
            "Location: Microsoft Teams\n"
            "Chair: Helen Farnell\n"
            "Social worker: Bilal Hanif\n"
            "Mosaic ID: MOS-702265\n"
            "Category: Neglect\n\n"
            + blocks_text(people) +
            "\nReason for conference: Idris has severe dental decay and his epilepsy medication has not been given consistently; he has "
            "been admitted twice with seizures. Ms Shah is struggling with depression.\n\n"
            "West Yorkshire Police\n"
            "  Police attendance required: No\n"
            "  Written report sufficient: Yes\n\n"
            "Reports to the ISU 24 hours before please.\n\n"
            "Bilal Hanif\nSocial Worker | Children and Families | Leeds City Council\n")
    c = base("y-125-02-leeds-initial-person-blocks-uncle-abroad-report-only", "leeds", "Bilal Hanif",
             "bilal.hanif@leeds.gov.uk", "ICPC 27/01/2027 - SHAH - Teams", gmt(2027, 1, 20, 13, 40))
    c["text"] = text
    c["label"] = dict(district="leeds", kind="initial", date="2027-01-27", time="10:00", tick=False, harm=["neglect"],
                      children=[("Idris Shah", "2020-09-15")],
                      adults=["Rukhsana Shah", "Adeel Shah", "Shahid Shah", "Nasreen Shah"], criteria=[],
                      decision="report_only", unscored_flags=["no_booking_form"],
                      tags=["person-blocks", "ppo-prolific-offender", "former-rso-abroad", "district-leeds", "initial", "tick-report", "no-criterion", "safe-report-only"],
                      notes="father 'is a PPO' (prolific offender, not police protection); an uncle abroad whose RSO notification ended and who has no contact is not associated with the household; written report sufficient -> report only")
    return finish(c)


def c03():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    docx_core(doc, "Gareth Mitchell", dt.datetime(2027, 1, 22, 14, 50), "Pre-birth ICPC referral - LUMLEY")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE - Calderdale Council Children and Young People's Service"
    doc.sections[0].footer.paragraphs[0].text = "CYPS/CP/PB1 v3"
    doc.add_heading("Pre-birth Initial Child Protection Conference", level=1)
    for k, v in [("Date of conference", "Thursday 4 February 2027"), ("Time", "10:00"), ("Venue", "Calderdale Royal Hospital, Education Centre Room 4"),
                 ("Independent chair", "Lesley Sunderland"), ("Social worker", "Gareth Mitchell"), ("LCS number", "LCS-733805"),
                 ("Category", "Sexual abuse (risk of)")]:
        p = doc.add_paragraph()
        p.add_run(f"{k}: ").bold = True
        p.add_run(v)
    people = [
        [("Name", "Baby Lumley (unborn)"), ("Role", "Unborn child"), ("EDD", "02/04/2027"), ("Address", "Flat 3, 41 Hopwood Lane, Halifax HX1 4EU"), ("Police involvement", "N/A")],
        [("Name", "Jasmine Lumley"), ("Role", "Mother"), ("DOB", "14/08/2007"), ("Address", "As above"), ("Police involvement", "None as a suspect. Was herself the victim in the 2021 case against Person 4.")],
        [("Name", "Kane Hey"), ("Role", "Father of the baby"), ("DOB", "03/03/2005"), ("Address", "Lives with his parents in Elland"), ("Police involvement", "None known.")],
        [("Name", "Dean Spencer"), ("Role", "Mother's former partner (not the father) - lives in Sowerby Bridge"), ("DOB", "30/10/1983"), ("Address", "Sowerby Bridge"),
         ("Police involvement", "Managed by police as a MAPPA Category 1 offender after his 2021 conviction for sexual activity with Jasmine when she was 14. Jasmine remains in touch with him and neighbours have seen him visit her flat twice this month.")],
        [("Name", "Carol Lumley"), ("Role", "Maternal grandmother"), ("DOB", "25/05/1972"), ("Address", "Todmorden"), ("Police involvement", "None.")],
    ]
    for i, person in enumerate(people, 1):
        doc.add_heading(f"Person {i}", level=2)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in person:
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
    doc.add_paragraph("Reason for conference: Ms Lumley (19) is 26 weeks pregnant and in regular contact with a man convicted of sexually abusing her as a child, who is visiting her home.")
    doc.add_paragraph("Police attendance: please see the Calderdale protocol - the unit will decide.")
    buf = io.BytesIO()
    doc.save(buf)
    data = fix_docx(buf.getvalue())
    c = base("y-125-03-calderdale-prebirth-docx-person-mappa1-attend", "calderdale", "Gareth Mitchell",
             "gareth.mitchell@calderdale.gov.uk", "Pre-birth ICPC - LUMLEY - 04/02/2027", gmt(2027, 1, 22, 15, 15))
    c["text"] = ("Hi,\n\nPlease see attached the referral for a pre-birth initial conference (Baby Lumley). Any questions let me know.\n\n"
                 "Gareth Mitchell\nSocial Worker | Children and Young People's Service | Calderdale Council\n")
    c["attachments"] = [("PB ICPC LUMLEY.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)]
    c["label"] = dict(district="calderdale", kind="initial", pre_birth=True, date="2027-02-04", time="10:00", tick=None,
                      harm=["sexual"], children=[("Baby Lumley", None)],
                      adults=["Jasmine Lumley", "Kane Hey", "Dean Spencer", "Carol Lumley"],
                      criteria=["registered_sex_offender", "prior_unit_involvement"], decision="attend",
                      tags=["person-blocks", "docx", "mappa-category-1", "district-calderdale", "pre-birth", "initial", "tick-absent"],
                      notes="mother's former partner, a MAPPA Category 1 (registered sexual) offender, visits her flat: RSO associated with the household (Calderdale RSO consideration) -> attend; his 2021 conviction for abusing the mother as a child is also earlier police involvement with a significant person")
    return finish(c, docx_texts(doc))


def c04():
    people = [
        [("Name", "Tia Broadbent"), ("Role", "Subject child"), ("DOB", "20/04/2011"), ("Address", "Ravensthorpe, Dewsbury"),
         ("Police involvement", "Reported missing six times since the last conference. On 09/01/2027 officers found her in a Leeds hotel room with two adult men; she is on the Kirklees Exploitation Team's tracker as high risk of sexual exploitation (Operation Tarn).")],
        [("Name", "Joanne Broadbent"), ("Role", "Mother"), ("DOB", "08/08/1985"), ("Address", "As Person 1"), ("Police involvement", "None.")],
        [("Name", "Robert Broadbent"), ("Role", "Father - lives separately"), ("DOB", "17/02/1982"), ("Address", "Thornhill Lees, Dewsbury"), ("Police involvement", "None known.")],
        [("Name", "Keith Broadbent"), ("Role", "Paternal grandfather - lives in Bradford"), ("DOB", "04/04/1950"), ("Address", "Wibsey, Bradford"),
         ("Police involvement", "Registered sex offender (1998 conviction, indefinite notification). Tia has had no contact with him since 2015 and the family do not see him.")],
        [("Name", "Marcus Broadbent"), ("Role", "Paternal uncle - lives in Spain"), ("DOB", "21/12/1979"), ("Address", "Alicante, Spain"), ("Police involvement", "None.")],
    ]
    html = outlook_html(f"""
<p class="MsoNormal">Dear all,</p>
<p class="MsoNormal">Review Child Protection Conference &ndash; Tuesday 9th February 2027, 10:00, Dewsbury Town Hall, Committee Room 1. Chair: Andrea Whitehead. Category: sexual abuse. This is the first review.</p>
{blocks_html(people)}
<p class="MsoNormal"><b>West Yorkshire Police:</b> attendance required &#9744; &nbsp; written report sufficient &#9746;</p>
<p class="MsoNormal">Core group: social worker, school, school nurse, Tia and her mother. Police are not core group members.</p>
<p class="MsoNormal">Kind regards<br>Rizwana Akram<br>Child Protection Conference Service | Kirklees Council</p>""")
    c = base("y-125-04-kirklees-review-person-cse-grandfather-rso-discuss", "kirklees", "Rizwana Akram",
             "rizwana.akram@kirklees.gov.uk", "RCPC 09/02/2027 - BROADBENT", gmt(2027, 1, 25, 11, 0))
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="kirklees", kind="review", date="2027-02-09", time="10:00", tick=False, harm=["sexual"],
                      children=[("Tia Broadbent", "2011-04-20")],
                      adults=["Joanne Broadbent", "Robert Broadbent", "Keith Broadbent", "Marcus Broadbent"],
                      criteria=["child_sexual_exploitation"], decision="discuss", unscored_flags=["no_booking_form"],
                      tags=["person-blocks", "cse", "rso-no-contact", "district-kirklees", "review", "tick-report", "report-only-unsafe"],
                      notes="review: the child is high risk of sexual exploitation -> discuss despite 'written report sufficient'; the grandfather RSO in Bradford has had no contact since 2015 (not associated)")
    return finish(c)


def pdf_people(head, people, tail):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1)
    cv.setTitle("ICPC booking form")
    cv.setAuthor("City of Bradford MDC")
    w, h = A4
    y = h - 45
    texts = []

    def line(s, font="Helvetica", size=9.5, indent=40):
        nonlocal y
        if y < 60:
            cv.showPage()
            y = h - 45
        cv.setFont(font, size)
        cv.drawString(indent, y, s)
        texts.append(s)
        y -= size + 4

    for s, bold in head:
        line(s, "Helvetica-Bold" if bold else "Helvetica", 11 if bold else 9.5)
    y -= 6
    for i, person in enumerate(people, 1):
        line(f"PERSON {i}", "Helvetica-Bold", 10)
        for k, v in person:
            words, cur, first = v.split(), "", True
            chunks = []
            for wd in words:
                if len(cur) + len(wd) > 70:
                    chunks.append(cur)
                    cur = wd
                else:
                    cur = (cur + " " + wd).strip()
            chunks.append(cur)
            line(f"{k}: {chunks[0]}", indent=52)
            for ch in chunks[1:]:
                line(ch, indent=150)
            if len(chunks) > 1:
                texts.append(v)
        y -= 4
    for s in tail:
        line(s)
    cv.showPage()
    cv.save()
    return buf.getvalue(), texts


def c05():
    people = [
        [("Name", "Reggie Hanson"), ("Role", "Subject child"), ("DOB", "09/09/2022"), ("Address", "Currently with maternal grandmother, Shipley"),
         ("Police involvement", "None as an individual - see Persons 2 and 3.")],
        [("Name", "Stacey Hanson"), ("Role", "Mother"), ("DOB", "16/06/1997"), ("Address", "Holme Wood, Bradford BD4"),
         ("Police involvement", "Interviewed under caution on 01/12/2026 on suspicion of wilful neglect (s1 Children and Young Persons Act 1933). Released under investigation.")],
        [("Name", "Marcus Dean"), ("Role", "Mother's partner"), ("DOB", "02/02/1994"), ("Address", "Holme Wood, Bradford BD4"),
         ("Police involvement", "Interviewed under caution 01/12/2026 in the same child cruelty investigation. Released under investigation. OIC DC Sam Pollitt, Bradford Safeguarding Unit.")],
        [("Name", "Pauline Hanson"), ("Role", "Maternal grandmother - kinship carer since 28/11/2026"), ("DOB", "13/07/1966"), ("Address", "Shipley"),
         ("Police involvement", "None.")],
    ]
    pdf, ptexts = pdf_people(
        [("OFFICIAL-SENSITIVE", False), ("INITIAL CHILD PROTECTION CONFERENCE - BOOKING FORM", True),
         ("Date: Monday 21/12/2026    Time: 10:00    Venue: Margaret McMillan Tower, Room 6", False),
         ("Chair: Jonathan Whiteoak    Social worker: Amira Saleem    Category: Neglect", False),
         ("West Yorkshire Police:  [ ] Police attendance required    [X] Written report sufficient", False)],
        people,
        ["Reason for conference: Reggie (4) was found by a health visitor on 27/11/2026 with severe nappy rash, weighing",
         "less than at his 2-year check, in a flat with no food, heating or bedding.",
         "Completed by Amira Saleem, 11/12/2026"])
    c = base("y-125-05-bradford-initial-pdf-person-wilful-neglect-conflict", "bradford", "Amira Saleem",
             "amira.saleem@bradford.gov.uk", "ICPC booking form - HANSON - 21/12/2026", gmt(2026, 12, 14, 10, 10), style="mimecast")
    c["text"] = ("Hi,\n\nPlease find attached the ICPC booking form for Reggie Hanson - Monday 21st December at 10am.\n\n"
                 "Thanks\nAmira Saleem\nSocial Worker | Children's Social Care | City of Bradford MDC\n")
    c["attachments"] = [("ICPC booking form HANSON.pdf", "application/pdf", pdf)]
    c["label"] = dict(district="bradford", kind="initial", date="2026-12-21", time="10:00", tick=False, harm=["neglect"],
                      children=[("Reggie Hanson", "2022-09-09")], adults=["Stacey Hanson", "Marcus Dean", "Pauline Hanson"],
                      criteria=["wilful_neglect_investigation"], decision="attend", flags_required=["tickbox_conflict"],
                      tags=["person-blocks", "pdf", "wilful-neglect", "rui", "district-bradford", "initial", "tick-report", "tickbox-conflict"],
                      notes="mother and partner interviewed under caution for wilful neglect / child cruelty and released under investigation, recorded in their person blocks: active s1 CYPA investigation (item 3) -> attend under the Wakefield rules Bradford follows, although 'written report sufficient' is ticked")
    return finish(c, ptexts)


def c06():
    people = [
        [("Name", "Oliver Crossley"), ("Role", "Subject child"), ("DOB", "23/01/2017"), ("Address", "Armley, Leeds LS12 (since 14/12/2026)"), ("Police involvement", "See Person 3.")],
        [("Name", "Grace Crossley"), ("Role", "Subject child"), ("DOB", "30/05/2019"), ("Address", "As Person 1"), ("Police involvement", "See Person 3.")],
        [("Name", "Zoe Crossley"), ("Role", "Mother"), ("DOB", "09/09/1991"), ("Address", "As Person 1"),
         ("Police involvement", "In March 2024 South Yorkshire Police placed Oliver and Grace in police protection after Zoe was found unconscious from an overdose. No police involvement since.")],
        [("Name", "Anthony Crossley"), ("Role", "Father"), ("DOB", "12/04/1988"), ("Address", "HMP Doncaster"),
         ("Police involvement", "Serving a sentence for robbery; earliest release 2029. No contact.")],
        [("Name", "Brenda Crossley"), ("Role", "Paternal grandmother"), ("DOB", "19/03/1962"), ("Address", "Rotherham"), ("Police involvement", "None.")],
    ]
    text = ("Hi,\n\n"
            "Transfer In Child Protection Conference\n"
            "From: Rotherham Metropolitan Borough Council (plan made 02/09/2026, category neglect)\n"
            "Date: Monday 11/01/2027  Time: 11:00  Location: Merrion House, Leeds (and Teams)\n"
            "Chair: Imran Bashir   SW: Chantelle Lister   Mosaic: MOS-745530\n\n"
            + blocks_text(people) +
            "\nPolice attendance requested: Yes (the chair would like WYP to hear South Yorkshire's concerns first-hand)\n\n"
            "Sorry this is late - Rotherham only sent the transfer papers on 05/01.\n\n"
            "Chantelle Lister\nSocial Worker | Children and Families | Leeds City Council\n")
    c = base("y-125-06-leeds-transfer-in-person-historic-pp-late", "leeds", "Chantelle Lister",
             "chantelle.lister@leeds.gov.uk", "Transfer in CPC - CROSSLEY - 11/01/2027", gmt(2027, 1, 6, 14, 0))
    c["text"] = text
    c["label"] = dict(district="leeds", kind="transfer_in", date="2027-01-11", time="11:00", tick=True, harm=["neglect"],
                      children=[("Oliver Crossley", "2017-01-23"), ("Grace Crossley", "2019-05-30")],
                      adults=["Zoe Crossley", "Anthony Crossley", "Brenda Crossley"], criteria=["prior_unit_involvement"],
                      decision="discuss", unscored_flags=["no_booking_form"],
                      tags=["person-blocks", "transfer-in", "historic-pp", "district-leeds", "tick-attend", "late-notice"],
                      notes="police protection was in March 2024 (historical: prior involvement only, and by another force - arguable; Leeds does not use it) -> no attend criterion; attendance requested -> discuss; transfer-in counts as initial: 3 working days' notice < 5 -> late_notice")
    return finish(c)


def c07():
    people = [
        [("Name", "Ava Haworth"), ("Role", "Subject child"), ("DOB", "16/06/2019"), ("Address", "Eastmoor, Wakefield WF1"),
         ("Police involvement", "Victim - see Person 3.")],
        [("Name", "Rachel Haworth"), ("Role", "Mother"), ("DOB", "07/07/1992"), ("Address", "As Person 1"), ("Police involvement", "None.")],
        [("Name", "Tom Haworth"), ("Role", "Father"), ("DOB", "05/11/1990"), ("Address", "Staying with a friend in Ossett"),
         ("Police involvement", "Arrested 28/01/2027 for assaulting Ava (slap causing a bruised eye); released under investigation.")],
    ]
    text = ("Good morning,\n\n"
            "Initial Child Protection Conference - HAWORTH\n"
            "Date and time: TO BE CONFIRMED - business support will send the date once a chair is allocated (it will be within 15 working days of the strategy discussion on 29/01/2027)\n"
            "Venue: TBC\n"
            "Category: Physical\n\n"
            + blocks_text(people) +
            "\nPolice attendance required: Yes\n\n"
            "Regards\nCarly Senior\nSocial Worker | Duty & Assessment | Wakefield Council\n")
    c = base("y-125-07-wakefield-initial-person-date-tbc", "wakefield", "Carly Senior",
             "carly.senior@wakefield.gov.uk", "ICPC - HAWORTH - date TBC", gmt(2027, 2, 1, 9, 0))
    c["text"] = text
    c["label"] = dict(district="wakefield", kind="initial", date=None, time=None, tick=True, harm=["physical"],
                      children=[("Ava Haworth", "2019-06-16")], adults=["Rachel Haworth", "Tom Haworth"],
                      criteria=["current_investigation"], decision="manual_review", flags_required=["missing_conference_date"],
                      tags=["person-blocks", "date-tbc", "district-wakefield", "initial"],
                      notes="the conference date is 'TO BE CONFIRMED': a conference date that cannot be read -> manual_review with missing_conference_date, although the father's arrest/RUI would otherwise mean attend")
    return finish(c)


CASES = [c01, c02, c03, c04, c05, c06, c07]

if __name__ == "__main__":
    for f in CASES:
        write_case(f())
