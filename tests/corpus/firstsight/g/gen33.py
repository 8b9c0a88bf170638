"""Layout 33: Word forms, each label in a shaded table row ABOVE its value; glyph check boxes; conference type
chosen by bold or highlighted text among the options."""
import datetime as dt
import io

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from lib import POLICE, SIG_DISCLAIMER, build_email, gmt, kid, label, write_case

D = dt.date
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def build_docx(title, subtitle, rows, marking="OFFICIAL-SENSITIVE"):
    """rows: (label, value) where value is str or list of (text, style) with style in {None,'bold','hl'}.
    Returns bytes and the list of texts."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = marking
    texts = [marking, title, subtitle]
    doc.add_heading(title, level=1)
    doc.add_paragraph(subtitle)
    t = doc.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for lab, val in rows:
        r1 = t.add_row().cells[0]
        shade(r1)
        r1.paragraphs[0].add_run(lab).bold = True
        texts.append(lab)
        r2 = t.add_row().cells[0]
        p = r2.paragraphs[0]
        if isinstance(val, str):
            for i, line in enumerate(val.split("\n")):
                if i:
                    p = r2.add_paragraph()
                p.add_run(line)
                texts.append(line)
            texts.append(val)
        else:
            full = ""
            for txt, style in val:
                run = p.add_run(txt)
                if style == "bold":
                    run.bold = True
                elif style == "hl":
                    run.font.highlight_color = WD_COLOR_INDEX.YELLOW
                full += txt
            texts.append(full)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), texts


def opts(options, chosen, style):
    out = []
    for i, o in enumerate(options):
        if i:
            out.append(("   /   ", None))
        out.append((o, style if o == chosen else None))
    return out


TYPES = ["Initial", "Review", "Transfer-in", "Pre-birth"]


def mk(name, rec, hm, frm_name, frm, district, subj, body, title, subtitle, rows, fname, lab_kwargs):
    data, dtexts = build_docx(title, subtitle, rows)
    eml = build_email(case=name, from_name=frm_name, from_addr=frm, to=POLICE[district], subject=subj,
                      sent=gmt(rec, *hm), received=gmt(rec, *hm) + dt.timedelta(minutes=3), text=body,
                      attachments=[(fname, DOCX, data)])
    texts = [subj, body] + body.split("\n\n") + dtexts + [fname]
    write_case(name, eml, label(received=rec, texts=texts, **lab_kwargs))


def case33_01():
    name = "g-33-01-leeds-icpc-docx-label-above-da-marac-dvc-attend"
    rec = D(2026, 12, 7)
    rows = [
        ("Conference type (the selected type is in bold)", opts(TYPES, "Initial", "bold")),
        ("Date and time of conference", "Monday 14 December 2026, 10:00"),
        ("Venue", "Merrion House, Leeds - Room 3.02, or join on Teams"),
        ("Child / children (name, date of birth)", "Kayden Walsh-Mensah, 09/01/2015\nAma Mensah, 27/07/2022"),
        ("Parents / carers (name, relationship)", "Chantelle Walsh, mother\nKwame Mensah, father of both children"),
        ("Category of concern", "Emotional abuse"),
        ("Reason for conference",
         "On 28/11/2026 Mr Mensah assaulted Ms Walsh in the kitchen while both children were present. This is the "
         "fourth police-attended incident this year. The DASH risk assessment was high and the case was heard at MARAC "
         "on 03/12/2026. The Leeds DV co-ordinator is currently working with Ms Walsh on a safety plan, and Mr Mensah is "
         "on police bail with conditions not to contact her or attend the address."),
        ("Police attendance", "☑ Required    □ Not required"),
        ("Form completed by", "Priya Chauhan, Social Worker, Leeds West Locality, 04/12/2026"),
    ]
    body = ("Hi,\n\nPlease find attached an ICPC booking form for the Walsh/Mensah children - Monday 14th December at "
            "10am.\n\nKind regards\n\nPriya Chauhan\nSocial Worker - Leeds West Locality\nChildren and Families, Leeds "
            "City Council\nTel 0113 376 4418\n\n" + SIG_DISCLAIMER["leeds"])
    mk(name, rec, (10, 2), "Priya Chauhan", "priya.chauhan@leeds.gov.uk", "leeds",
       "ICPC booking - WALSH / MENSAH - 14/12/26", body, "Child Protection Conference Booking Form",
       "Leeds Children and Families - please return to the Integrated Safeguarding Unit", rows,
       "ICPC booking form Walsh-Mensah.docx",
       dict(district="leeds", kind="initial", pre_birth=False, date="2026-12-14", time="10:00", tick="required",
            harm=["emotional"], children=[kid("Kayden Walsh-Mensah", "2015-01-09"), kid("Ama Mensah", "2022-07-27")],
            adults=["Chantelle Walsh", "Kwame Mensah"], criteria=["domestic_abuse_current_involvement"],
            decision="attend",
            tags=["docx-label-above-value", "type-by-bold", "glyph-ballot-box-check", "domestic-abuse", "marac",
                  "dv-coordinator", "ghanaian-names"],
            notes="Leeds ICPC: serious DA with the DV co-ordinator currently involved, MARAC and bail (Leeds §4.6 item "
                  "5) -> attend. Received Mon 7/12, conference Mon 14/12 = 5 working days, notice ok."))


def case33_02():
    name = "g-33-02-wakefield-rcpc-docx-highlight-review-core-group-police"
    rec = D(2026, 12, 8)
    rows = [
        ("Type of conference (highlighted)", opts(TYPES, "Review", "hl")),
        ("Date", "05/01/2027"),
        ("Time", "10:00"),
        ("Venue", "Wakefield One, Burton Street - Room 7"),
        ("Child", "Oliwia Zielińska - DOB 16/05/2012 - Wakefield City Academy"),
        ("Parents", "Marta Zielińska (mother)\nTomasz Zieliński (father)"),
        ("Plan category", "Neglect"),
        ("Core group membership",
         "Social worker, school DSL, school nurse, PC 2871 Sandra Hirst (Wakefield CPPU), parents. PC Hirst is a member "
         "of the core group and completes joint home visits with the social worker."),
        ("Police actions in the child protection plan",
         "Police to share information about any incidents at the address with the social worker within 24 hours; police "
         "to attend core group meetings."),
        ("Police attendance requested", "Yes ☒  No ☐"),
    ]
    body = ("Dear Wakefield CPPU,\n\nPlease find attached the booking form for Oliwia's review conference in the new "
            "year (5 January 2027, 10am). Please send your report to the Chair by 30 December as the office is closed "
            "between Christmas and New Year.\n\nMany thanks\nJoanne Brear\nSafeguarding and Review Unit\nWakefield "
            "Council\n01924 305 9902\n\n" + SIG_DISCLAIMER["wakefield"])
    mk(name, rec, (14, 40), "Joanne Brear", "joanne.brear@wakefield.gov.uk", "wakefield",
       "RCPC 05/01/2027 - ZIELINSKA", body, "Review Child Protection Conference - Booking Form",
       "Wakefield Safeguarding and Review Unit", rows, "RCPC booking ZIELINSKA.docx",
       dict(district="wakefield", kind="review", pre_birth=False, date="2027-01-05", time="10:00", tick="required",
            harm=["neglect"], children=[kid("Oliwia Zielińska", "2012-05-16")],
            adults=["Marta Zielińska", "Tomasz Zieliński"], criteria=["core_group_member"], decision="attend",
            tags=["docx-label-above-value", "type-by-highlight", "review", "core-group", "christmas-bank-holidays",
                  "polish-names"],
            notes="Wakefield review: a police officer is a core group member with actions in the plan (§5.1) -> attend. "
                  "Report due 3 working days before Tue 5/1/2027 skipping 1 Jan: Wed 30/12/2026."))


def case33_03():
    name = "g-33-03-calderdale-icpc-docx-squares-police-protection-discuss"
    rec = D(2026, 12, 9)
    rows = [
        ("Conference", opts(["Initial", "Review", "Transfer-in"], "Initial", "hl")),
        ("Date of conference", "Friday 18th December 2026"),
        ("Time", "1pm"),
        ("Venue", "Elland Children's Centre, Elland"),
        ("Children", "Skye Hebden, DOB 02/02/2019\nBrooke Hebden, DOB 11/10/2021"),
        ("Parents / carers", "Jade Hebden (mother)\nLewis Sowerby (father, lives separately in Brighouse)"),
        ("Category", "Neglect"),
        ("Reason for the conference",
         "On 30/11/2026 police attended the home after a report of a disturbance and found Ms Hebden unconscious through "
         "intoxication with the children alone and unsupervised. The children were placed in police protection under "
         "section 46 and taken to emergency foster carers. They returned home on 03/12/2026 under a safety plan with the "
         "maternal grandmother."),
        ("Police attendance", "■ Required   □ Not required"),
    ]
    body = ("Good afternoon,\n\nPlease see the attached invitation / booking form for an ICPC on Friday 18th December "
            "2026 at 1pm at Elland Children's Centre.\n\nThanks\nAnita Drobná\nConference Administrator\nCalderdale "
            "Council\n01422 392 7715\n\n" + SIG_DISCLAIMER["calderdale"])
    mk(name, rec, (13, 11), "Anita Drobna", "anita.drobna@calderdale.gov.uk", "calderdale",
       "ICPC - HEBDEN - Fri 18/12/2026 1pm", body, "Child Protection Conference Booking",
       "Calderdale Safeguarding and Quality Assurance", rows, "Booking HEBDEN.docx",
       dict(district="calderdale", kind="initial", pre_birth=False, date="2026-12-18", time="13:00",
            tick="required", harm=["neglect"],
            children=[kid("Skye Hebden", "2019-02-02"), kid("Brooke Hebden", "2021-10-11")],
            adults=["Jade Hebden", "Lewis Sowerby"], criteria=["police_protection"], decision="discuss",
            tags=["docx-label-above-value", "type-by-highlight", "glyph-black-square", "police-protection",
                  "place-names"],
            notes="Calderdale ICPC: police protection is not in Calderdale's attend list -> discuss (POLICY choice)."))


def case33_04():
    name = "g-33-04-kirklees-rcpc-docx-unticked-checklist-cce-report-only"
    rec = D(2026, 12, 10)
    rows = [
        ("Conference type", opts(TYPES, "Review", "bold")),
        ("Date / time", "Wednesday 6 January 2027 at 2.00pm"),
        ("Venue", "Huddersfield Town Hall - Reception Room"),
        ("Young person", "Callum Moorhouse (DOB 19/06/2010)"),
        ("Parent", "Donna Moorhouse (mother)"),
        ("Current plan category", "Neglect"),
        ("Risk indicators (tick all that apply)",
         "□ Child sexual exploitation   □ Domestic abuse   □ Registered sex offender   ■ Criminal exploitation / county "
         "lines   ■ Missing from home"),
        ("Update",
         "Callum has been found in Bradford and Dewsbury with large amounts of cash and two phones. He has been referred "
         "to the Kirklees exploitation panel for criminal exploitation. There are no CSE concerns. There is no current "
         "police investigation involving the family."),
        ("Police", "Required ☐  Not required ☒"),
    ]
    body = ("Hello,\n\nAttached: booking form for Callum Moorhouse's review conference (06/01/2027, 2pm).\n\nNaveed "
            "Akhtar\nConference and Review Administration\nKirklees Council\nTel 01484 221 9004\n\n"
            + SIG_DISCLAIMER["kirklees"])
    mk(name, rec, (11, 26), "Akhtar, Naveed", "naveed.akhtar@kirklees.gov.uk", "kirklees",
       "RCPC - MOORHOUSE - 06.01.27", body, "Child Protection Conference - Booking Form",
       "Kirklees Children's Services", rows, "RCPC MOORHOUSE.docx",
       dict(district="kirklees", kind="review", pre_birth=False, date="2027-01-06", time="14:00", tick="report",
            harm=["neglect"], children=[kid("Callum Moorhouse", "2010-06-19")], adults=["Donna Moorhouse"],
            criteria=[], decision="report_only",
            tags=["docx-label-above-value", "type-by-bold", "checklist-unticked", "cce-trap", "cse-negated", "review"],
            notes="Kirklees review: CSE/DA/RSO boxes unticked (label list only), criminal exploitation is not CSE, "
                  "'no CSE concerns'; no police matter; not required ticked -> report_only. Report due 31/12/2026."))


def case33_05():
    name = "g-33-05-bradford-icpc-docx-tick-required-abe-declined-nfa"
    rec = D(2026, 12, 11)
    rows = [
        ("Conference type", opts(TYPES, "Initial", "bold")),
        ("Date", "22/12/2026"),
        ("Time", "09:30"),
        ("Venue", "Keighley Town Hall, Bow Street, Keighley"),
        ("Children", "Denis Horváth - 07/04/2013\nNikola Horváthová - 15/08/2016"),
        ("Adults", "Monika Horváthová - mother\nMarek Balog - mother's partner"),
        ("Category", "Physical abuse"),
        ("Reason for conference",
         "Nikola told a teaching assistant that Marek hits her with a belt when she is naughty. Mother alleges Nikola is "
         "lying to get Marek into trouble. A strategy discussion with police was held on 04/12/2026. Nikola declined to "
         "take part in an ABE interview and the police investigation was closed with no further action on 09/12/2026."),
        ("Police attendance", "☑ Police attendance required\n□ Written report sufficient"),
    ]
    body = ("Dear colleagues,\n\nBooking form attached for an ICPC for Denis and Nikola on 22 December at 9.30am, "
            "Keighley Town Hall. The social worker would welcome police attendance.\n\nKind regards\nImran Hanif\n"
            "Business Support, Safeguarding and Reviewing Unit\nCity of Bradford MDC\n01274 43 7702\n\n"
            + SIG_DISCLAIMER["bradford"])
    mk(name, rec, (12, 2), "Imran Hanif", "imran.hanif@bradford.gov.uk", "bradford",
       "ICPC 22.12.2026 HORVATH/BALOG", body, "Initial Child Protection Conference Booking Form",
       "Bradford Children's Social Care", rows, "ICPC HORVATH.docx",
       dict(district="bradford", kind="initial", pre_birth=False, date="2026-12-22", time="09:30", tick="required",
            harm=["physical"],
            children=[kid("Denis Horváth", "2013-04-07"), kid("Nikola Horváthová", "2016-08-15")],
            adults=["Monika Horváthová", "Marek Balog"], criteria=[], decision="discuss",
            tags=["docx-label-above-value", "type-by-bold", "glyph-ballot-box-check", "nfa-closed", "abe-declined",
                  "reported-allegation", "slovak-roma-names"],
            notes="Bradford (Wakefield rules): investigation closed NFA, strategy discussion is not an investigation, "
                  "no criterion; tick says attendance required -> discuss (rule 2). Report due Thu 17/12."))


def case33_06():
    name = "g-33-06-wakefield-transfer-in-docx-neither-ppo-nominal-late-deadline"
    rec = D(2026, 12, 18)
    rows = [
        ("Conference type", opts(TYPES, "Transfer-in", "hl")),
        ("Date", "Tuesday 22/12/2026"),
        ("Time", "11:00"),
        ("Venue", "Hemsworth Community Hub, Hemsworth"),
        ("Children", "Kai Shepherd, DOB 01/03/2014\nRiver Shepherd, DOB 28/09/2018"),
        ("Parents", "Kirsty Shepherd (mother)\nDean Shepherd (father)"),
        ("Transferring authority", "Doncaster Children's Services Trust"),
        ("Plan category", "Neglect"),
        ("Background",
         "The children have been on child protection plans in Doncaster since May 2026 for neglect. In 2022 the local "
         "authority obtained an Emergency Protection Order for Kai. Mr Shepherd is a PPO nominal managed under the IOM "
         "scheme in Doncaster for burglary offences. The family moved to Hemsworth on 30/11/2026."),
        ("Police attendance requested", "Yes ☐  No ☐"),
    ]
    body = ("Hello,\n\nApologies for the very short notice - we only received the transfer paperwork from Doncaster "
            "yesterday. Booking form attached for the transfer-in conference on Tuesday 22nd December at 11am.\n\n"
            "Regards\nLinda Oxley\nSafeguarding and Review Unit\nWakefield Council\n01924 305 8812\n\n"
            + SIG_DISCLAIMER["wakefield"])
    mk(name, rec, (15, 48), "Linda Oxley", "linda.oxley@wakefield.gov.uk", "wakefield",
       "URGENT - Transfer in conference SHEPHERD 22/12/2026", body, "Child Protection Conference - Booking Form",
       "Wakefield Safeguarding and Review Unit", rows, "TI SHEPHERD.docx",
       dict(district="wakefield", kind="transfer_in", pre_birth=False, date="2026-12-22", time="11:00",
            tick="neither", harm=["neglect"],
            children=[kid("Kai Shepherd", "2014-03-01"), kid("River Shepherd", "2018-09-28")],
            adults=["Kirsty Shepherd", "Dean Shepherd"], criteria=[], decision="report_only",
            tags=["docx-label-above-value", "type-by-highlight", "transfer-in", "ppo-offender-trap", "epo-trap",
                  "neither-ticked", "late-notice", "deadline-passed", "names-are-words"],
            notes="Wakefield transfer-in: 'PPO nominal' is a Prolific and Priority Offender, EPO is a court order and "
                  "historical -> no criterion; neither box -> report_only + tickbox_ambiguous. Received Fri 18/12, "
                  "conference Tue 22/12: 2 working days (<5, late); report due Thu 17/12 already passed."))


def case33_07():
    name = "g-33-07-leeds-rcpc-docx-cse-ticked-discuss"
    rec = D(2026, 12, 14)
    rows = [
        ("Conference type", opts(TYPES, "Review", "bold")),
        ("Date and time", "06/01/2027 10:00"),
        ("Venue", "Microsoft Teams"),
        ("Young person", "Precious Okonkwo, DOB 23/11/2011"),
        ("Adults", "Blessing Okonkwo (mother)\nKenneth Grant (step-father)"),
        ("Plan category", "Sexual abuse"),
        ("Risks (tick)", "■ Child sexual exploitation   □ Domestic abuse   □ Registered sex offender   □ Criminal exploitation"),
        ("Significant events since last conference",
         "Precious has twice been found at a flat in Beeston associated with adult males. She is considered at risk of "
         "child sexual exploitation and has been discussed at the Leeds exploitation meeting."),
        ("Police attendance", "Required □   Not required ■"),
    ]
    body = ("Morning,\n\nPlease find attached the booking form for Precious Okonkwo's review conference on 6 January.\n\n"
            "Thanks\nSaeed Ahmed\nIntegrated Safeguarding Unit | Leeds City Council\n0113 378 9054\n\n"
            + SIG_DISCLAIMER["leeds"])
    mk(name, rec, (9, 16), "Saeed Ahmed", "saeed.ahmed@leeds.gov.uk", "leeds",
       "RCPC booking - OKONKWO - 06/01/2027", body, "Review Child Protection Conference Booking",
       "Leeds Integrated Safeguarding Unit", rows, "RCPC OKONKWO.docx",
       dict(district="leeds", kind="review", pre_birth=False, date="2027-01-06", time="10:00", tick="report",
            harm=["sexual"], children=[kid("Precious Okonkwo", "2011-11-23")],
            adults=["Blessing Okonkwo", "Kenneth Grant"], criteria=["child_sexual_exploitation"], decision="discuss",
            tags=["docx-label-above-value", "type-by-bold", "glyph-black-square", "cse", "review",
                  "christmas-bank-holidays", "name-is-word"],
            notes="Leeds review: CSE a considered risk -> discuss (rule 3). 14 working days' notice over Christmas "
                  ">= 10; report due Tue 5/1/2027."))


if __name__ == "__main__":
    for f in [case33_01, case33_02, case33_03, case33_04, case33_05, case33_06, case33_07]:
        f()
