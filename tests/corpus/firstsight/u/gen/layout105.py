"""Layout 105 - messy writing (lower case, text-speak, dictation, ESL, rough notes)."""
from common import Attachment, Case, T

CASES = []

# ---------------------------------------------------------------- 105-01
CASES.append(Case(
    code="105-01", slug="wakefield-icpc-lowercase-phone-ex-rso-in-prison",
    district="wakefield",
    sender=("Kirsty Wainwright", "kirsty.wainwright@wakefield.gov.uk"),
    subject="icpc fearnley boys",
    sent="2027-01-04 08:41:06", received="2027-01-04 08:47:29",
    html=False, mailer="iPhone Mail (22C152)",
    body=T("""
hi

icpc for the 2 boys kai and tommy fearnley is booked weds 13th at 10 at castleford childrens centre (hybrid teams link from chair) chair is bernie ashton

kai fearnley dob 03/04/2016 and tommy fearnley dob 19/11/2019 mum is tracey fearnley no dad on the scene for either of them

reason is neglect mainly home conditions and the boys not in school half the time kai has missed 40 days this term mum struggling with her mental health and has stopped engaging with the gp

police wise theres nothing current mums ex (not the boys dad) was on the sex offenders register but hes been in prison since 2023 and she finished with him before he went in theres no contact at all i checked with his offender manager

booking form says written report is fine for police so just ur report to the chair pls

ta
kirsty

Sent from my iPhone
"""),
    label=dict(
        kind="initial", date="2027-01-13", time="10:00", tick=False, harm=["neglect"],
        children=[("kai fearnley", "2016-04-03"), ("tommy fearnley", "2019-11-19")],
        adults=["tracey fearnley"],
        criteria=[], decision="report_only",
        tags=["layout-105", "lower-case", "no-punctuation", "phone", "district-wakefield", "initial",
              "tick-report", "rso-elsewhere-no-contact", "weekday-ordinal-date", "no-criterion"],
        notes="the only RSO is the mother's ex, in prison since 2023 with no contact: not associated with the household; 'weds 13th' is 13 Jan 2027; the SW reports the booking form's written-report tick",
    ),
))

# ---------------------------------------------------------------- 105-02
CASES.append(Case(
    code="105-02", slug="calderdale-icpc-esl-writer-police-protection",
    district="calderdale",
    sender=("Dorota Zielinska", "dorota.zielinska@calderdale.gov.uk"),
    subject="Invitation for Initial Child Protection Conference - Nowak children",
    sent="2026-12-12 10:08:44", received="2026-12-12 10:15:19",
    body=T("""
Dear Sir/Madam,

I am writing for inform you that the Initial Child Protection Conference for the children Wiktoria Nowak (born 09.03.2019) and Szymon Nowak (born 27.11.2021) will be on Friday 18 of December 2026 at 10.00 in Northgate House, room 2.03, also is possible by Teams. The chair is Mrs Yvette Coulson.

The mother is Magdalena Nowak. The father is Tomasz Nowak, he is living in Poland and he has no contact with children since two years.

The reason of conference is neglect. In the night of 5 of December the police was called by neighbour because the children was alone in the house and crying very much. The police officers was coming and they find the children alone, Szymon only with nappy and very cold. The police take the children in police protection (section 46) and bring them to emergency foster carer for the night, because nobody was possible to find the mother until the morning. Mother say she was working night shift in the factory and the babysitter is going home early without to tell her.

The children are back with mother from 7 of December with safety plan, the grandmother is coming from Poland for help. Mother is very sorry and she is cooperating with me. I am worry because this is second time the children are alone, the first time was in October but nobody call the police in that time.

Please send the police report to Child Protection Administration.

Thank you very much,
Dorota Zielinska
Social Worker, Calderdale Children's Services
Tel. 01422 392608
"""),
    label=dict(
        kind="initial", date="2026-12-18", time="10:00", tick=None, harm=["neglect"],
        children=[("Wiktoria Nowak", "2019-03-09"), ("Szymon Nowak", "2021-11-27")],
        adults=["Magdalena Nowak", "Tomasz Nowak"],
        criteria=["police_protection"], decision="discuss",
        tags=["layout-105", "esl", "district-calderdale", "initial", "tick-absent", "police-protection",
              "received-saturday", "calderdale-discuss"],
        notes="conference arises from s46 police protection; Calderdale's considerations do not list it -> discuss (POLICY choice); sent on a Saturday, so notice counts from Monday",
    ),
))

# ---------------------------------------------------------------- 105-03
CASES.append(Case(
    code="105-03", slug="calderdale-rcpc-text-speak-step-down",
    district="calderdale",
    sender=("Amy Horsfall", "amy.horsfall@calderdale.gov.uk"),
    subject="rcpc brook kids 4/2",
    sent="2027-01-19 16:51:02", received="2027-01-19 16:57:45",
    html=False,
    body=T("""
hiya

rcpc 4 jenson & lacey-mai brook is thurs 4th feb @ 10.30, northgate hse rm 1.12 or teams. chair = sandra kemp

jenson brook dob 12/6/18, lacey-mai brook dob 2/2/21, mum kirsty brook. dad jake brook not in the hse since last summer, sees kids at his mums every other wkend, no issues.

cp plan cat neglect since sept. goin well tbh - hm conds loads better, mum engaging w/ everything, kids in sch every day. poss step down 2 cin @ this conf.

no police involvment since last conf, no DV, no new concerns. police were never part of core grp.

no need 4 police 2 attend, just ur usual rpt pls 👍

ta
amy (sw)
Amy Horsfall | Social Worker | Calderdale Council
"""),
    label=dict(
        kind="review", date="2027-02-04", time="10:30", tick=None, harm=["neglect"],
        children=[("jenson brook", "2018-06-12"), ("lacey-mai brook", "2021-02-02")],
        adults=["kirsty brook", "jake brook"],
        criteria=[], decision="report_only",
        tags=["layout-105", "text-speak", "district-calderdale", "review", "tick-absent", "no-criterion"],
        notes="review with no police involvement and police never in the core group: report only (no booking form, so the tick is left unscored)",
    ),
))

# ---------------------------------------------------------------- 105-04
CASES.append(Case(
    code="105-04", slug="kirklees-icpc-dictated-sunday-wilful-neglect",
    district="kirklees",
    sender=("Sandeep Gill", "sandeep.gill@kirklees.gov.uk"),
    subject="ICPC Oakes children Tuesday 22nd",
    sent="2026-12-20 21:33:18", received="2026-12-20 21:40:02",
    html=False, mailer="Outlook for Android",
    body=T("""
Hi all this is dictated on my phone so apologies for any errors full stop

Initial child protection conference for Lenny and Mae Oakes is booked for Tuesday 22nd at 3 o'clock at the civic centre in Huddersfield room 4 or on teams comma the chair is Marion Hebden full stop. I know it's short notice but the strategy discussion was only on Wednesday. New paragraph

Lenny Oakes date of birth 4th of August 2017, Mae Oakes date of birth 22nd of January 2021. Mum is Tanya Oakes and dad is Warren Oakes, both living at home in dues bury.

Reason for conference is neglect. The police are investigating mum and dad for wilful neglect under section one of the children and young persons act after Lenny was taken to A and E with an infected wound on his foot that had been left for over a week and both children were found to be severely under weight. DC Farooq from the Kirklees safeguarding unit interviewed both parents under caution on Thursday and the investigation is ongoing full stop

The children are staying with their paternal grandparents while this is going on. Mum and dad are having supervised contact. The house was in a really poor state with dog faeces on the floors and no food in the fridge comma the children were sleeping on a mattress with no bedding.

Can you let me know if you need anything else from me before Tuesday question mark

Thanks Sandeep

Sandeep Gill
Social Worker, Child Protection and Assessment, Kirklees Council
Sent from Outlook for Android
"""),
    label=dict(
        kind="initial", date="2026-12-22", time="15:00", tick=None, harm=["neglect"],
        children=[("Lenny Oakes", "2017-08-04"), ("Mae Oakes", "2021-01-22")],
        adults=["Tanya Oakes", "Warren Oakes"],
        criteria=["wilful_neglect_investigation"], decision="attend",
        tags=["layout-105", "dictation", "district-kirklees", "initial", "tick-absent",
              "received-sunday", "deadline-passed", "s1-cypa", "weekday-ordinal-date", "wakefield-rules"],
        notes="active police investigation of wilful neglect (interviewed under caution, ongoing) in dictated text; sent on Sunday 20 Dec for Tuesday 22 Dec: report was due Thursday 17 Dec",
    ),
))

# ---------------------------------------------------------------- 105-05
CASES.append(Case(
    code="105-05", slug="bradford-icpc-from-personal-gmail-da",
    district="gmail",
    sender=("Jo Pickles", "jopickles.sw@gmail.com"),
    subject="ICPC mon 21st - Haigh kids - sorry from my own email!!",
    sent="2026-12-14 19:02:37", received="2026-12-14 19:04:20",
    html=True, mailer=None,
    body=T("""
Hi,

sorry sending this from my personal email, my council laptop has died and IT cant fix it til next week. i'm the SW for Ruby-Leigh and Connor Haigh (Ruby-Leigh Haigh dob 11/11/2015, Connor Haigh dob 05/09/2019). ICPC is booked mon 21st dec 10am at Eccleshill Family Hub, chair is Nadeem Arshad.

mum is Tasha Haigh. mums bf is Kane Whitaker, lives with them on and off.

reason - DA. Kane strangled mum last mon in front of the kids, police came n arrested him, hes on bail not to go to the house. DASH was high, marac on 17th dec, IDVA allocated. mum has let him back twice already that we know of.

cat emotional. police attendance needed pls.

will send the proper booking form from my work email when i'm back on.

thanks
Jo Pickles
SW, Children's Social Care, Bradford
"""),
    label=dict(
        district_label=None, police_district="bradford",
        kind="initial", date="2026-12-21", time="10:00", tick=None, harm=["emotional"],
        children=[("Ruby-Leigh Haigh", "2015-11-11"), ("Connor Haigh", "2019-09-05")],
        adults=["Tasha Haigh", "Kane Whitaker"],
        criteria=["domestic_abuse_current_involvement"], decision="manual_review",
        unscored=["district_unknown"],
        tags=["layout-105", "personal-email", "unverified-sender", "district-bradford", "initial", "da-marac"],
        notes="sent from a personal gmail.com address (not on any allow-list): manual_review with unverified_sender whatever the content; the content itself shows current serious DA",
    ),
))

# ---------------------------------------------------------------- 105-06
CASES.append(Case(
    code="105-06", slug="leeds-icpc-rough-word-notes-chair-and-ds-agreed",
    district="leeds",
    sender=("Priya Chauhan", "priya.chauhan@leeds.gov.uk"),
    subject="ICPC booking - Marsden - rough notes attached",
    sent="2026-12-16 17:45:29", received="2026-12-16 17:52:03",
    body=T("""
Hi

ICPC for Lyla and Reggie Marsden is booked mon 11th jan half 10 at Thoresby House rm 3 (or teams). ISU will send the formal invite but I said I'd get my notes over to you now as we've already spoken to your DS. Rough notes attached - sorry they're not typed up properly.

Priya

Priya Chauhan | Social Worker | Children and Families | Leeds City Council
"""),
    attachments=[Attachment(
        filename="Marsden ICPC notes.docx", author="Priya Chauhan",
        blocks=[
            ("p", "ICPC bookng - MARSDEN - rough notes PC 15/12"),
            ("p", "kids: Lyla Marsden dob 07/05/2022, Reggie Marsden dob 14/04/2026 (8 mths)"),
            ("p", "parents: Holly Marsden (mum) + Connor Marsden (dad), both at home"),
            ("p", "cat: physical"),
            ("p", "HV worried re bruises on Reggie - 2 on L cheek, 1 behind ear, seen 08/12. CP medical 10/12 - inconclusive, poss NAI, paed cant rule out accidnt (Reggie not mobile tho!!)"),
            ("p", "strat disc 11/12 - single agency s47. police said not enough for crim inv at this stage"),
            ("p", "police attended 2 x DA calls at address 2025 (verbal args, no crime recorded) ?NFA - mum says 'just shouting'"),
            ("p", "spoke to DS Kaur (CPPU) + chair Jo Hebden 15/12 - agreed police WILL attend ICPC bc dad's phone had pics of Reggie's bruises dated before the HV visit + police want to share the 2025 logs"),
            ("p", "mum protective?? - says she believes dad, wants him to stay"),
            ("p", "Lyla - nursery ok, no marks, chatty, said 'daddy shouts'"),
            ("p", "todo: send to ISU, chase GP re Reggie's 6-8wk check"),
        ])],
    label=dict(
        kind="initial", date="2027-01-11", time="10:30", tick=None, harm=["physical"],
        children=[("Lyla Marsden", "2022-05-07"), ("Reggie Marsden", "2026-04-14")],
        adults=["Holly Marsden", "Connor Marsden"],
        criteria=["negotiated_attendance"], decision="attend",
        tags=["layout-105", "rough-notes-docx", "abbreviations", "district-leeds", "initial", "tick-absent",
              "chair-ds-agreed", "single-agency-s47", "half-past-time", "looks-report-only"],
        notes="chair and the CPPU DS agreed that police will attend (Leeds item 7) - in abbreviated notes after 'single agency s47' and 'not enough for crim inv'; DA call-outs with no crime recorded are not serious DA with current involvement",
    ),
))

# ---------------------------------------------------------------- 105-07
CASES.append(Case(
    code="105-07", slug="wakefield-rcpc-messy-13-1-tick-yes-after-nfa",
    district="wakefield",
    sender=("Dean Sowerby", "dean.sowerby@wakefield.gov.uk"),
    subject="RCPC Lockwood 13/1",
    sent="2027-01-06 12:49:57", received="2027-01-06 12:56:30",
    html=False,
    body=T("""
Hi CPPU

RCPC for darcy lockwood (dob 30/9/2020) 13/1 2pm-ish - chair (Anjum) is in another conf in the morning so might be nearer quarter past - Wakefield One rm G04 or teams

mum nicola lockwood, dad shane lockwood (moved out in aug, lives in ossett, supervised contact sats at the contact centre)

cp plan cat physical since july. dad moved out after the incident n police NFA'd it in aug. no new incidents since, contact going ok, darcy says she misses dad.

booking form bits:
police attendance reqd - Y
written report suff - N
(chair wants police there to talk about whether dad can have unsupervised contact, she thinks police hold info from the aug investigation that hasnt been shared)

ta
Dean
Dean Sowerby, SW, Wakefield CP Team (South)
"""),
    label=dict(
        kind="review", date="2027-01-13", time="14:00", tick=True, harm=["physical"],
        children=[("darcy lockwood", "2020-09-30")],
        adults=["nicola lockwood", "shane lockwood"],
        criteria=["prior_unit_involvement"], decision="discuss",
        tags=["layout-105", "abbreviations", "district-wakefield", "review", "tick-attend",
              "numeric-date-no-year", "approximate-time", "chair-wants-not-agreed"],
        notes="review: the August investigation ended NFA (history only), but the booking form asks for police -> discuss; the chair wanting police is a request, not a chair-DI agreement",
    ),
))
