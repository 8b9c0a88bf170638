"""Layout 123 - practitioners' shorthand: abbreviations throughout, with negations and history in the
same shorthand."""
import html as htmlmod

from common import base, finish, gmt, html_text, outlook_html, write_case


def as_html(text: str) -> str:
    paras = text.strip("\n").split("\n\n")
    inner = "\n".join('<p class="MsoNormal">' + "<br>\n".join(htmlmod.escape(l, quote=False) for l in p.split("\n")) + "</p>"
                      for p in paras)
    return outlook_html(inner)


def c01():
    c = base("y-123-01-leeds-initial-shorthand-rui-abe-attend", "leeds", "Natalie Oyelaran",
             "natalie.oyelaran@leeds.gov.uk.cjsm.net", "ICPC - RUSHWORTH sibs - 17/12 0930", gmt(2026, 12, 9, 16, 51), style="cjsm")
    c["text"] = ("Hi CPPU,\n\n"
                 "ICPC booked for the Rushworth sibs - Thu 17/12/26 @ 09:30, Teams. Chair: Jo Exley. Mosaic MOS-630012. Cat: physical.\n\n"
                 "CYP: Tommy Rushworth (21/01/15) & Evie Rushworth (09/09/19)\n"
                 "Parents: Sian Rushworth (m) 12/06/88, Gary Rushworth (f) 03/03/86 - both at home addr.\n\n"
                 "Bkgrnd: ref via sch 01/12 - T had marks to neck, said dad grabbed him by the throat. Strat 02/12 w/ WYP + health -> s47 jt. "
                 "CP med 02/12 = injuries c/w grab. Dad arr'd 02/12 for ABH, int'd & RUI'd - not to return home (vol. agreement), staying w/ PGM. "
                 "ABE done 03/12 (T), E too young for ABE.\n\n"
                 "Hx: known to CSC 2019 (CIN, closed). No prev pol inv. No DV hx per strat. No CSE. No RSO.\n\n"
                 "Rpts to ISU 24hrs prior pls.\n\n"
                 "Cheers\nNat\n\n"
                 "Natalie Oyelaran | Social Worker | Children and Families | Leeds City Council\n")
    c["label"] = dict(district="leeds", kind="initial", date="2026-12-17", time="09:30", tick=None, harm=["physical"],
                      children=[("Tommy Rushworth", "2015-01-21"), ("Evie Rushworth", "2019-09-09")],
                      adults=["Sian Rushworth", "Gary Rushworth"], criteria=["current_investigation"], decision="attend",
                      unscored_flags=["no_booking_form"],
                      tags=["shorthand", "cjsm", "rui", "abe", "district-leeds", "initial", "tick-absent"],
                      notes="'s47 jt', father 'arr'd ... int'd & RUI'd', 'ABE done': current joint investigation of physical abuse by the father (Leeds item 1) -> attend; the 2019 history and 'No prev pol inv' are negated/historical")
    return finish(c)


def c02():
    text = ("ICPC - Moxon - Tue 12/01/27 10:00 - Wakefield One rm 3\n"
            "Chair: Amanda Priestley. SW: Ellie Naylor. CD-880412. Cat: neglect (+ emotional).\n\n"
            "CYP: Lexi Moxon dob 30/06/17\n"
            "Adults: Jade Moxon (mum) dob 14/02/96; Kieran Walsh (mum's p/ner, in hh) dob 01/12/93\n\n"
            "Reason: chronic neglect - poor home conds, WNB x6 health appts, Lexi att 71%. CIN since 05/26, no progress -> s47 (single agency) following strat 10/12. "
            "Pol NFA'd at strat - no offences identified, no wilful neglect inv.\n\n"
            "DV: hx in mum's prev p'ship (2019, MARAC 2019) - none since, no DV w/ KW.\n"
            "KW: RSO checks neg; PNC = minor drugs 2015 only.\n"
            "Exploitation: Lexi's older bro (18, lives in Hull) - CCE not CSE, YJS closed 2025.\n\n"
            "Pol: written rpt suff \u2713 / attend \u2717\n\n"
            "Rpt to chair 3 WD prior pls (Xmas - office shut 25/12-01/01).\n\n"
            "Ellie\n"
            "Ellie Naylor | SW | Family Support & Safeguarding Team 1 | Wakefield Council")
    c = base("y-123-02-wakefield-initial-shorthand-nfa-negations-report-only", "wakefield", "Ellie Naylor",
             "ellie.naylor@wakefield.gov.uk", "ICPC Moxon 12/01", gmt(2026, 12, 22, 10, 15))
    c["html"] = as_html(text)
    c["text"] = html_text(c["html"])
    c["label"] = dict(district="wakefield", kind="initial", date="2027-01-12", time="10:00", tick=False,
                      harm=["neglect", "emotional"], children=[("Lexi Moxon", "2017-06-30")],
                      adults=["Jade Moxon", "Kieran Walsh"], criteria=[], decision="report_only",
                      unscored_flags=["no_booking_form"],
                      tags=["shorthand", "nfa", "cce-not-cse", "historic-marac", "district-wakefield", "initial", "tick-report", "no-criterion", "safe-report-only"],
                      notes="single-agency s47, police 'NFA'd at strat', DV and MARAC only in a 2019 former relationship, 'RSO checks neg', CCE of an adult brother elsewhere: no criterion; written report ticked -> report only; notice counted over the Christmas bank holidays")
    return finish(c)


def c03():
    c = base("y-123-03-calderdale-review-shorthand-rso-returned-discuss", "calderdale", "Tom Greaves",
             "tom.greaves@calderdale.gov.uk", "RCPC2 Kershaw 08/02 1.30", gmt(2027, 1, 25, 10, 0), mailer="Microsoft Outlook 16.0")
    c["text"] = ("RCPC 2 - Kershaw - Mon 08/02/27 13:30 - Northgate Hse / Teams\n"
                 "IRO: Naseem Akhtar. SW: Tom Greaves. LCS-655019. CPP cat: neglect.\n\n"
                 "CYP: Finley Kershaw dob 16/03/16\n"
                 "Mum: Amy Kershaw dob 07/11/90\n"
                 "Mum's ex: Dale Horsfall dob 22/02/82 (not on tenancy)\n\n"
                 "Core grp: SW, HV, sch, mum. Pol not in CG, no pol actions in CPP.\n\n"
                 "Since last conf: DH (RSO - conv 2017 sexual assault on a 9yo) released HMP Leeds 11/26 on licence. "
                 "Sch report he's collected F from sch x3 in Jan & mum now admits he's been stopping over most wknds - at RCPC1 she said no contact. "
                 "NPS aware, MOSOVO informed 21/01.\n\n"
                 "No CSE. No DV hx. No current pol inv.\n\n"
                 "Tom\n"
                 "Tom Greaves | Social Worker | Children in Need & Protection | Calderdale Council\n")
    c["label"] = dict(district="calderdale", kind="review", date="2027-02-08", time="13:30", tick=None, harm=["neglect"],
                      children=[("Finley Kershaw", "2016-03-16")], adults=["Amy Kershaw", "Dale Horsfall"],
                      criteria=["registered_sex_offender"], decision="discuss", unscored_flags=["no_booking_form"],
                      tags=["shorthand", "rso", "district-calderdale", "review", "tick-absent", "report-only-unsafe"],
                      notes="review: mother's ex, an RSO, is collecting the child and staying over (associated with the household) - a significant event -> discuss (Calderdale review rule); police not core group, so not attend")
    return finish(c)


def c04():
    text = ("ICPC Dobson - Fri 04/12 10am - Britannia Hse rm 2.1 (hybrid)\n"
            "Chair: Usha Patel. SW: Megan Atha. Cat: neglect.\n\n"
            "CYP: Alfie Dobson 12/08/21, Lola Dobson 05/02/23\n"
            "Mum: Chloe Dobson 18/04/99. Dad: Ryan Smales 07/07/97 (not in hh, has contact Sats)\n\n"
            "Why: kids PPO'd 21/11 (s46) - officers att'd after neighbour call, found A & L home alone 23:30, no heating, mum out. "
            "Placed w/ MGM under PP; PP ended 23/11, kids now s20 w/ MGM. Strat 23/11 -> s47 single agency (pol: no crim offence to pursue as mum returned 00:15 - not a wilful neglect inv).\n\n"
            "NB dad is a PPO nominal (IOM, acquisitive crime) - not linked to this incident.\n\n"
            "Pol attend req'd: Y\n"
            "Rpts to chair 3 WD prior.\n\n"
            "Thx\nMegan\n\n"
            "Megan Atha | Social Worker | Bradford Children's Social Care")
    c = base("y-123-04-bradford-initial-shorthand-ppod-attend", "bradford", "Megan Atha",
             "megan.atha@bradford.gov.uk", "ICPC Dobson Fri 4th 10am", gmt(2026, 11, 27, 8, 44))
    c["html"] = as_html(text)
    c["text"] = html_text(c["html"])
    c["label"] = dict(district="bradford", kind="initial", date="2026-12-04", time="10:00", tick=True, harm=["neglect"],
                      children=[("Alfie Dobson", "2021-08-12"), ("Lola Dobson", "2023-02-05")],
                      adults=["Chloe Dobson", "Ryan Smales"], criteria=["police_protection"], decision="attend",
                      unscored_flags=["no_booking_form"],
                      tags=["shorthand", "ppo-police-protection", "ppo-prolific-offender", "district-bradford", "initial", "tick-attend"],
                      notes="'kids PPO'd 21/11 (s46)': the conference arises from police protection -> attend (Wakefield rules for Bradford); the father being 'a PPO nominal' is the prolific-offender meaning; wilful neglect explicitly not investigated")
    return finish(c)


def c05():
    c = base("y-123-05-kirklees-transfer-in-shorthand-lancs-bail", "kirklees", "Laura Dyson",
             "laura.dyson@kirklees.gov.uk", "TI CPC - Marsden - 20/01/27", gmt(2027, 1, 12, 9, 0), style="mimecast")
    c["text"] = ("Morning,\n\n"
                 "TI CPC - Marsden - Wed 20/01/27 11:00 - Civic Centre 3 Hudds / Teams\n"
                 "Transferring LA: Lancashire CC (Burnley). On CPP since 10/11/26, cat sexual.\n"
                 "Chair: Phil Armitage. SW (Kirklees): Laura Dyson.\n\n"
                 "CYP: Isla Marsden dob 08/03/13\n"
                 "Mum: Tanya Marsden dob 25/05/84 - moved to Batley 28/12/26\n"
                 "Mum's ex-p/ner: Lee Crabtree dob 19/01/80 - still in Burnley\n\n"
                 "Pol: Lancs Constab jt s47 o/s (Op Kestrel) - LC arr'd 02/11/26 for sexual assault of I, on pre-charge bail to 02/02/27, "
                 "conds no contact w/ I & not to enter Kirklees. ABE done 03/11. File w/ CPS - charging decision awaited.\n"
                 "LADO: separate LADO ref re mum's job at a Burnley nursery - closed, unfounded, nothing to do w/ Isla.\n"
                 "No DV. No CSE. LC not RSO.\n\n"
                 "Rpt to chair 3 WD before pls.\n\n"
                 "Laura\n"
                 "Laura Dyson | Social Worker | Kirklees Children's Services | 01484 221000\n")
    c["label"] = dict(district="kirklees", kind="transfer_in", date="2027-01-20", time="11:00", tick=None, harm=["sexual"],
                      children=[("Isla Marsden", "2013-03-08")], adults=["Tanya Marsden", "Lee Crabtree"],
                      criteria=["current_investigation"], decision="attend", unscored_flags=["no_booking_form"],
                      tags=["shorthand", "transfer-in", "other-force", "bail", "lado", "district-kirklees", "tick-absent"],
                      notes="transfer-in (counts as initial): Lancashire joint s47 still open ('o/s'), suspect on pre-charge bail, CPS decision awaited -> current investigation of sexual abuse -> attend (Wakefield rules for Kirklees); the LADO matter is closed and unrelated")
    return finish(c)


def c06():
    c = base("y-123-06-wakefield-review-shorthand-marac-idva-discuss", "wakefield", "Zara Mir",
             "zara.mir@wakefield.gov.uk", "RCPC Illingworth 10/12 2pm", gmt(2026, 11, 23, 13, 0))
    c["text"] = ("RCPC (1st) - Illingworth - Thu 10/12/26 2pm - Ossett Town Hall / Teams\n"
                 "Chair: Martin Gaunt. SW: Zara Mir. CD-611837. Cat: emotional.\n\n"
                 "CYP: Jack Illingworth 11/11/11; Millie Illingworth 02/05/16\n"
                 "Adults: Kelly Illingworth (m) 16/02/85; Shane Illingworth (f) 02/12/83\n\n"
                 "Update since ICPC (09/26): DV escalated - SI arr'd 03/11 (ABH on KI, kids present), bailed, conds not to attend addr. "
                 "Repeat MARAC 12/11. IDVA alloc. DA officer PC Hardcastle chasing 2 reported bail breaches.\n"
                 "Pol not CG members. No CSE. No RSO.\n\n"
                 "Pol: written rpt suff per chair.\n\n"
                 "Zara Mir | Social Worker | CP & Court Team | Wakefield Council\n")
    c["label"] = dict(district="wakefield", kind="review", date="2026-12-10", time="14:00", tick=False, harm=["emotional"],
                      children=[("Jack Illingworth", "2011-11-11"), ("Millie Illingworth", "2016-05-02")],
                      adults=["Kelly Illingworth", "Shane Illingworth"], criteria=["domestic_abuse_current_involvement"],
                      decision="discuss", unscored_flags=["no_booking_form"],
                      tags=["shorthand", "marac", "idva", "bail", "district-wakefield", "review", "tick-report", "report-only-unsafe"],
                      notes="review: escalating DA with arrest, bail conditions, repeat MARAC, IDVA and a police DA officer = current police involvement (item 6); police not in the core group -> discuss, not report only, although the chair says a written report is sufficient")
    return finish(c)


def c07():
    c = base("y-123-07-leeds-minutes-outcome-not-invitation", "leeds", "ISU Business Support",
             "isu.businesssupport@leeds.gov.uk", "ICPC outcome + CPP - AHMED - conf held 02/12/26", gmt(2026, 12, 4, 15, 20))
    c["text"] = ("Hi,\n\n"
                 "Pls find below the outcome of the ICPC held 02/12/26 for your recs (mins to follow):\n\n"
                 "CYP: Zayn Ahmed 14/01/18; Hana Ahmed 06/06/20\n"
                 "Parents: Samina Ahmed (m) 10/10/91; Faisal Ahmed (f) 19/08/89\n\n"
                 "Outcome: both CYP made subj to CPP, cat physical.\n"
                 "Pol actions in CPP: none - PC Whitley gave verbal rpt at conf, pol inv NFA'd 25/11.\n"
                 "Core grp: 1st CG 16/12/26 10am - SW/sch/HV/parents. Pol not a CG member.\n"
                 "RCPC: 03/03/27 (tbc - invite will follow).\n\n"
                 "Thx\nISU Business Support | Integrated Safeguarding Unit | Leeds City Council\n")
    c["label"] = dict(district="leeds", kind=None, date=None, time=None, tick=None, harm=["physical"],
                      children=[("Zayn Ahmed", "2018-01-14"), ("Hana Ahmed", "2020-06-06")],
                      adults=["Samina Ahmed", "Faisal Ahmed"], criteria=None, decision="manual_review",
                      flags_required=["not_an_invitation"],
                      tags=["shorthand", "outcome-notice", "not-an-invitation", "district-leeds"],
                      notes="conference outcome and plan summary for a conference already held; the review date is 'tbc - invite will follow': not an invitation -> manual_review")
    return finish(c)


CASES = [c01, c02, c03, c04, c05, c06, c07]

if __name__ == "__main__":
    for f in CASES:
        write_case(f())
