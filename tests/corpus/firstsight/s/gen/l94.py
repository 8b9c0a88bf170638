"""Layout 94: coded case-system exports with a legend that lists every code."""
import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from common import attach_bytes, attach_text, build_label, html_text, make_message, recv, write_case

LEGEND_A = """---- CODE LEGEND (all codes; a code in this list is not an answer) ----
ICPC initial conference | RCPC review conference | TI transfer-in | PB pre-birth
CAT plan category: N neglect, PA physical abuse, SA sexual abuse, EA emotional abuse
POL_ATT police attendance requested (Y/N) | RPT written report only (Y/N)
S47 JOINT = joint enquiry with police, SINGLE = CSC only | NFA no further action
RUI released under investigation | ABE achieving best evidence interview
RSO registered sex offender in or associated with household | CSE child sexual exploitation risk
DA domestic abuse with current police involvement (MARAC / DA officer / bail)
PPO child placed in police protection (s46 CA 1989) | EPO emergency protection order
CG_POL police are core group members"""


def mono_pdf(lines, title):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    y = 805
    for ln in lines:
        if y < 40:
            c.showPage()
            y = 805
        c.setFont("Courier", 8.5)
        c.drawString(36, y, ln)
        y -= 11
    c.showPage()
    c.save()
    return buf.getvalue()


def case(stem, *, district, sender, subject, received, body, atts=(), att_texts=(), meta, tags, notes, html=None):
    parts = [("plain", body)] + ([("html", html)] if html else [])
    eml = make_message(stem, district, sender[0], sender[1], subject, received, parts, list(atts))
    texts = [subject, body] + ([html_text(html)] if html else []) + list(att_texts)
    lab = build_label(received=received, source_texts=texts, tags=tags, notes=notes, **meta)
    write_case(stem, eml, lab)


def build():
    # 01 Wakefield ICPC, codes in the body, DA with MARAC and bail
    body = """CPC REQUEST - SRU EXTRACT (LCS)                     OFFICIAL-SENSITIVE
REF: CPC-26-4471     CONF: ICPC     DT: 2026-12-22     TM: 0930
VEN: Rm 1.04 Wakefield One
CHILD_1: Archie DENTON   DOB 2015-11-11   CHILD_2: Bella DENTON   DOB 2019-01-06
ADULT_1: Sophie DENTON (MOT)   ADULT_2: Ricky DENTON (FAT, not resident)
CAT: EA
S47: JOINT
DA: Y - MARAC 09-Dec-26; DA officer DC Lynn Roper allocated; FAT on bail (ABH on MOT), cond. no contact
RSO: N   CSE: N   PPO: N   EPO: N   CG_POL: n/a
POL_ATT: Y   RPT: N
RSN: Serious DA - FAT strangled MOT in front of children 28-Nov-26; children frightened, Archie not sleeping.

""" + LEGEND_A + "\n\nSRU Business Support, Wakefield Council"
    case("s-94-01-wakefield-initial-coded-body-da-marac-bail",
         district="wakefield", sender=("SRU Business Support", "sru.support@wakefield.gov.uk"),
         subject="CPC-26-4471 ICPC DENTON 22/12/2026", received=recv("2026-12-14 08:50"), body=body,
         meta=dict(district="wakefield", kind="initial", pre_birth=False, date="2026-12-22", time="09:30", tick=True,
                   harm=["emotional"], children=[("Archie Denton", "2015-11-11"), ("Bella Denton", "2019-01-06")],
                   adults=["Sophie Denton", "Ricky Denton"], criteria=["domestic_abuse_current_involvement"], decision="attend"),
         tags=["coded-export", "body-text", "legend", "district-wakefield", "initial", "caps-surnames", "iso-dates"],
         notes="DA: Y with MARAC, DA officer and bail = W6 -> attend; RSO/CSE/PPO/EPO coded N and listed in the legend")

    # 02 Leeds RCPC, .txt export, NFA and no core-group police
    txt = """LCS CONFERENCE EXPORT  |  ISU LEEDS  |  run 09-Dec-26 12:44
CONF_TYPE | RCPC (R2)
CONF_DATE | 08-Jan-27
CONF_TIME | 10:00
VENUE     | Seacroft Hub, Room 3
---------------------------------------------
SUBJ | NAME            | DOB       | SEX
C1   | Ayesha RAHMAN   | 30-May-12 | F
C2   | Yusuf RAHMAN    | 14-Aug-16 | M
A1   | Nazia RAHMAN    | 02-Feb-85 | MOT
A2   | Adeel RAHMAN    | 19-Nov-81 | FAT
---------------------------------------------
CAT      | PA
S47      | JOINT - NFA 12-Oct-26 (insufficient evidence)
RUI      | N
CG_POL   | N
RSO      | N
CSE      | N
POL_ATT  | N
RPT      | Y
PROGRESS | No further incidents since the ICPC. Parenting course completed; school report children settled.

LEGEND: CONF_TYPE ICPC/RCPC(Rn = review number)/TI | CAT N, PA, SA, EA | S47 JOINT/SINGLE, NFA = no further action |
RUI = released under investigation | CG_POL = police in core group | RSO = registered sex offender |
CSE = child sexual exploitation | PPO = police protection | EPO = emergency protection order |
POL_ATT = police attendance requested | RPT = written report only
"""
    case("s-94-02-leeds-review-coded-txt-nfa-report-only",
         district="leeds", sender=("ISU Leeds", "isu.conferences@leeds.gov.uk"),
         subject="RCPC RAHMAN 08-Jan-27 (export)", received=recv("2026-12-09 13:00"),
         body="Please see attached LCS export for the above review conference. Report to ISU 24 hours prior please.\n\nISU",
         atts=[attach_text(txt, "LCS_export_RAHMAN.txt")], att_texts=[txt, "LCS_export_RAHMAN.txt"],
         meta=dict(district="leeds", kind="review", pre_birth=False, date="2027-01-08", time="10:00", tick=False,
                   harm=["physical"], children=[("Ayesha Rahman", "2012-05-30"), ("Yusuf Rahman", "2016-08-14")],
                   adults=["Nazia Rahman", "Adeel Rahman"], criteria=[], decision="report_only"),
         tags=["coded-export", "txt-attachment", "legend", "district-leeds", "review", "dd-mmm-yy", "nfa"],
         notes="joint s47 ended NFA, no escalation, police not in core group -> report_only")

    # 03 Bradford ICPC, PDF of the export, PPO nominal and CCE (not police protection, not CSE)
    lines = ["BRADFORD CS - CONFERENCE REQUEST EXTRACT                 printed 08/01/2027",
             "", "CONF ........ ICPC", "DATE ........ 18/01/2027", "TIME ........ 13:00",
             "VENUE ....... Margaret McMillan Tower, Room 6", "",
             "C1 .......... Jamal OKAFOR      DOB 09/09/2010", "C2 .......... Precious OKAFOR   DOB 03/03/2013",
             "A1 .......... Grace OKAFOR      MOT", "A2 .......... Emeka OKAFOR      FAT", "",
             "CAT ......... N", "PPO_NOM ..... Y (FAT - IOM managed, theft/burglary)", "PPO ......... N",
             "CCE ......... Y (C1 - county lines, NRM submitted)", "CSE ......... N", "RSO ......... N", "DA .......... N",
             "S47 ......... SINGLE", "POL_ATT ..... N", "RPT ......... Y", "",
             "RSN: C1 repeatedly missing and found carrying drugs for a county line; parents unable to keep him",
             "safe; C2 left to care for herself. Neglect of both children.", "",
             "LEGEND - every code used by this extract:",
             "CAT N/PA/SA/EA = neglect/physical/sexual/emotional", "PPO = child placed in police protection (s46)",
             "PPO_NOM = adult is a Prolific and Priority Offender nominal", "CCE = child criminal exploitation",
             "CSE = child sexual exploitation", "RSO = registered sex offender", "DA = domestic abuse, current police role",
             "EPO = emergency protection order", "S47 SINGLE/JOINT", "POL_ATT = police attendance requested",
             "RPT = written report sufficient"]
    pdf = mono_pdf(lines, "Conference request extract OKAFOR")
    case("s-94-03-bradford-initial-coded-pdf-ppo-nominal-cce-report-only",
         district="bradford", sender=("Conference Booking", "cp.bookings@bradford.gov.uk"),
         subject="ICPC OKAFOR 18/01/2027 1pm", received=recv("2027-01-08 14:00"),
         body="Dear colleague, conference request extract attached. Regards, Conference Booking, Bradford Children's Services",
         atts=[attach_bytes(pdf, "Extract OKAFOR.pdf", "application", "pdf")],
         att_texts=[l for l in lines if l] + ["Extract OKAFOR.pdf"],
         meta=dict(district="bradford", kind="initial", pre_birth=False, date="2027-01-18", time="13:00", tick=False,
                   harm=["neglect"], children=[("Jamal Okafor", "2010-09-09"), ("Precious Okafor", "2013-03-03")],
                   adults=["Grace Okafor", "Emeka Okafor"], criteria=[], decision="report_only"),
         tags=["coded-export", "pdf-text", "legend", "district-bradford", "initial", "trap-ppo-nominal", "trap-cce"],
         notes="PPO_NOM = prolific offender (not police protection), CCE is not CSE; report sufficient -> report_only")

    # 04 Kirklees pre-birth review, HTML Y/N grid in the body; RSO partner in a review
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Please see the conference extract below.</p>
<p><b>CONF:</b> RCPC-PB &nbsp; <b>DATE:</b> 05-Jan-27 &nbsp; <b>TIME:</b> 14:00 &nbsp; <b>VEN:</b> Batley Town Hall, Room 2</p>
<p><b>SUBJ:</b> Unborn baby SHAW (EDD 10-Feb-27) &nbsp; <b>CAT:</b> SA</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Name</th><th>Rel</th><th>DOB</th><th>RSO</th><th>MAPPA</th><th>CSE</th><th>DA</th></tr>
<tr><td>Leanne SHAW</td><td>MOT</td><td>12-Apr-99</td><td>N</td><td>-</td><td>N</td><td>N</td></tr>
<tr><td>Gareth POLLARD</td><td>PTN</td><td>08-Aug-84</td><td>Y</td><td>Cat 1</td><td>N</td><td>N</td></tr>
</table>
<p><b>CG_POL:</b> N &nbsp; <b>POL_ATT:</b> N &nbsp; <b>RPT:</b> Y</p>
<p><b>UPDATE:</b> Mr Pollard moved back in with Ms Shaw in November contrary to the written agreement.</p>
<p style="font-size:8pt">Legend: RCPC-PB pre-birth review | CAT N/PA/SA/EA | RSO registered sex offender | MAPPA category 1/2/3 |
CSE child sexual exploitation | DA domestic abuse | PPO police protection | EPO emergency protection order |
CG_POL police in core group | POL_ATT police attendance requested | RPT written report only | MOT mother | PTN partner</p>
<p>Conference and Review Service, Kirklees Council</p></body></html>"""
    plain = html_text(html)
    case("s-94-04-kirklees-prebirth-review-yn-grid-rso-discuss",
         district="kirklees", sender=("Conference and Review Service", "conference.service@kirklees.gov.uk"),
         subject="RCPC (pre-birth) SHAW 05/01/2027", received=recv("2026-12-22 10:00"), body=plain, html=html,
         meta=dict(district="kirklees", kind="review", pre_birth=True, date="2027-01-05", time="14:00", tick=False,
                   harm=["sexual"], children=[("Unborn baby Shaw", None)], adults=["Leanne Shaw", "Gareth Pollard"],
                   criteria=["registered_sex_offender"], decision="discuss"),
         tags=["coded-export", "html-yn-grid", "legend", "district-kirklees", "pre-birth", "review", "rso-in-grid-cell"],
         notes="RSO = Y in the partner's grid row (MAPPA cat 1) in a review -> discuss; report sufficient ticked does not change a review discuss")

    # 05 Wakefield transfer-in from Lancashire, ISO dates, joint s47 and ABE planned
    txt = """TRANSFER-IN CONFERENCE - DATA EXTRACT (SRU/WAKEFIELD <- LANCASHIRE CC)
conf_type=TI
conf_date=2027-01-11
conf_time=10:00
venue=Pontefract Town Hall, Council Chamber
child.1=Logan HIRST;2014-02-20;M
adult.1=Michelle HIRST;MOT;1987-05-04
adult.2=Gavin ROWE;UNCLE(M);1990-10-10;resident
cat=SA
s47=JOINT (Lancashire Constabulary -> WYP CPPU)
oic=DC Hannah Metcalfe, Wakefield CPPU
abe=planned 2027-01-06
rui=N
bail=Y (ROWE, no unsupervised contact with under-18s)
rso=N
pol_att=Y
rpt=N
summary=Logan disclosed in Lancashire that his uncle, who lives with the family, sexually abused him. The family moved
to Pontefract on 14/12/2026. Investigation transferred to WYP; Mr Rowe remains on pre-charge bail.
# legend: conf_type ICPC/RCPC/TI; cat N/PA/SA/EA; s47 JOINT/SINGLE; oic officer in case; abe ABE interview;
# rui released under investigation; bail pre-charge bail; rso registered sex offender; ppo police protection;
# epo emergency protection order; cse child sexual exploitation; pol_att police attendance requested; rpt report only
"""
    case("s-94-05-wakefield-transfer-in-coded-iso-joint-s47-abe",
         district="wakefield", sender=("Safeguarding and Review Unit", "sru@wakefield.gov.uk"),
         subject="TI conference HIRST - 11/01/2027 10:00 (extract attached)", received=recv("2026-12-31 11:00"),
         body="Transfer-in from Lancashire - data extract attached.\n\nSRU Wakefield",
         atts=[attach_text(txt, "TI_extract_HIRST.txt")], att_texts=[txt, "TI_extract_HIRST.txt"],
         meta=dict(district="wakefield", kind="transfer_in", pre_birth=False, date="2027-01-11", time="10:00", tick=True,
                   harm=["sexual"], children=[("Logan Hirst", "2014-02-20")], adults=["Michelle Hirst", "Gavin Rowe"],
                   criteria=["current_investigation"], decision="attend"),
         tags=["coded-export", "key-value", "legend", "district-wakefield", "transfer-in", "from-lancashire",
               "received-between-bank-holidays"],
         notes="joint s47, ABE planned, bail = current investigation of sexual abuse in the family -> attend; received 31/12 (1 Jan holiday)")

    # 06 Leeds ICPC, coded PDF, placed under PPO (police protection)
    lines = ["LEEDS CSWS | CONFERENCE REQUEST | CODED SUMMARY", "=" * 60,
             "TYPE: ICPC          DATE: 30-Dec-26      TIME: 10:00", "VENUE: Merrion House M1 / Teams",
             "", "CHILDREN", "  Ella MOORHOUSE     07-Jul-20", "  Finley MOORHOUSE   01-Dec-22",
             "ADULTS", "  Kayleigh MOORHOUSE   MOT", "  Dale MOORHOUSE       FAT", "  Janet PRATT          MGM",
             "", "CAT: N", "PPO: Y - placed under PPO 18-Dec-26 (s46 CA89) after both parents found intoxicated;",
             "     released to MGM 20-Dec-26", "EPO: N      RSO: N      CSE: N      DA: N", "S47: JOINT",
             "POL_ATT: Y      RPT: N", "",
             "LEGEND  ICPC initial | RCPC review | TI transfer-in | CAT N/PA/SA/EA | PPO police protection (s46) |",
             "        EPO emergency protection order | RSO registered sex offender | CSE child sexual exploitation |",
             "        DA domestic abuse (DV co-ordinator) | S47 JOINT/SINGLE | POL_ATT attendance requested | RPT report only"]
    pdf = mono_pdf(lines, "ICPC MOORHOUSE coded summary")
    case("s-94-06-leeds-initial-coded-pdf-placed-under-ppo",
         district="leeds", sender=("ISU Leeds", "isu.conferences@leeds.gov.uk"),
         subject="ICPC MOORHOUSE 30-Dec-26", received=recv("2026-12-21 09:00"),
         body="ICPC coded summary attached. Reports to the ISU by 24 hours prior to the conference please.\n\nISU Leeds",
         atts=[attach_bytes(pdf, "ICPC_MOORHOUSE.pdf", "application", "pdf")],
         att_texts=[l for l in lines if l] + ["PPO: Y - placed under PPO 18-Dec-26 (s46 CA89) after both parents found intoxicated; released to MGM 20-Dec-26", "ICPC_MOORHOUSE.pdf"],
         meta=dict(district="leeds", kind="initial", pre_birth=False, date="2026-12-30", time="10:00", tick=True,
                   harm=["neglect"], children=[("Ella Moorhouse", "2020-07-07"), ("Finley Moorhouse", "2022-12-01")],
                   adults=["Kayleigh Moorhouse", "Dale Moorhouse", "Janet Pratt"], criteria=["police_protection"], decision="attend"),
         tags=["coded-export", "pdf-text", "legend", "district-leeds", "initial", "ppo-police-protection", "christmas-bank-holidays"],
         notes="'placed under PPO ... s46' = police protection (L4) -> attend; notice counts over 25 and 28 Dec holidays")

    # 07 Calderdale ICPC, coded body, date TBC
    body = """Calderdale CP Admin - conference request (coded)

TYPE=ICPC | DATE=TBC (awaiting chair availability) | TIME=TBC | VENUE=TBC
C1=Harvey BOOTH b.2017-06-15 | C2=Isla BOOTH b.2020-02-29
A1=Rebecca BOOTH (MOT) | A2=Shane McGuire (PTN)
CAT=PA | PRIOR_SGU=Y - PTN arrested by SGU 2022 for assault on a child (NFA) | S47=SINGLE | POL_ATT=- | RPT=-
RSN=Harvey has unexplained bruising to his back; Mr McGuire now lives in the household.

Codes: TYPE ICPC/RCPC/TI; CAT N/PA/SA/EA; PRIOR_SGU previous safeguarding unit involvement; S47 SINGLE/JOINT;
POL_ATT police attendance requested; RPT written report only; RSO/CSE/PPO/EPO not used on this request.

We will confirm the date as soon as the chair is allocated.
CP Administration, Calderdale Council"""
    case("s-94-07-calderdale-initial-coded-date-tbc",
         district="calderdale", sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
         subject="ICPC request BOOTH - date TBC", received=recv("2027-01-20 09:30"), body=body,
         meta=dict(district="calderdale", kind="initial", pre_birth=False, date=None, time=None, tick=None,
                   harm=["physical"], children=[("Harvey Booth", "2017-06-15"), ("Isla Booth", "2020-02-29")],
                   adults=["Rebecca Booth", "Shane McGuire"], criteria=["prior_unit_involvement"], decision="manual_review",
                   flags_required=["missing_conference_date"], deadlines=False,
                   unscored=["tickbox_ambiguous"]),
         tags=["coded-export", "body-text", "legend", "district-calderdale", "initial", "date-tbc"],
         notes="conference date not set (TBC) -> missing_conference_date -> manual_review; prior SGU arrest still read")
