"""Layout 114: text copied out of a PDF into the email body (hard line breaks, interleaved columns,
hyphenation, page headers/footers mid-text, tick glyphs lost or turned into '?', '\uf0fe', 'o', 'n')."""
from common import build_eml, text_part, write_case, TO

made = []


def case(cid, district, from_name, from_addr, subj, body, date_hdr, received, label, **kw):
    eml = build_eml(cid, from_name=from_name, from_addr=from_addr, to=TO[district], subject=subj,
                    date_hdr=date_hdr, received=received, body=text_part(body), **kw)
    label.update(id=cid, district=district)
    label.setdefault("unscored_flags", []).append("no_booking_form")
    made.append(write_case(label, eml, [subj, body]))


# ------------------------------------------------------------------ 114-01 wakefield: '?' ticks, hyphenation, page footer mid-sentence
case("114-01", "wakefield", "Imogen Fawcett", "imogen.fawcett@wakefield.gov.uk",
     "ICPC WILBY 09/12/2026 (form pasted below - PDF wouldn't attach)",
     """Hi - the PDF won't go through our system so I've copied the booking form below.

OFFICIAL-SENSITIVE
CHILD PROTECTION CONFERENCE BOOKING FORM
Wakefield Council Children and Young People's Service
Type of conference Initial Child Protection Conference Date of
conference Wednesday 9th December 2026 Time 2.00pm Venue Wakefield
One, Burton Street - Room G09
CareDirector ID CD662041 Conference Chair Rafiq Mahmood
Allocated social worker Samira Begum Team manager Paul Dews
Category of concern Neglect
Child(ren) subject of the conference
Name Date of birth Gender School / setting
Jack Wilby 10/10/2019 Male St Botolph's CE Primary
Mollie Wilby 04/04/2022 Female Busy Bees Nursery
Parents, carers and significant adults
Kerry Wilby Mother 08/08/1996
West Yorkshire Police (please tick one):
? Police attendance required
? Written report sufficient
Reason for conference
At about 9pm on 27/11/2026 a neigh-
bour rang 999 because the children had been crying for hours. Officers forced entry and found Jack
and Mollie alone, with no heating and no food in the house. Both children were taken into police
protection and placed with their maternal aunt overnight; Ms Wilby returned at 2am and said she had
been at a friend's. The children went home on 29/11/2026 under a written safety agreement and the
family are now in temporary accommo-
dation.
Wakefield Council - CP Conference Booking Form OFFICIAL-SENSITIVE Page 1 of 2
What are we worried about?
Ms Wilby leaves the children alone to go out drinking; this is the third report this year from
neighbours.
Completed by Samira Begum Date completed 01/12/2026
Wakefield Council - CP Conference Booking Form OFFICIAL-SENSITIVE Page 2 of 2

Imogen
SRU Business Support, Wakefield Council
""", "Wed, 02 Dec 2026 09:15:00 +0000", "Wed, 02 Dec 2026 09:16:10 +0000",
     dict(kind="initial", kind_tag="icpc", short="pasted-pdf-question-mark-ticks-pp", date="2026-12-09", time="14:00",
          tick=None, harm=["neglect"], children=[("Jack Wilby", "2019-10-10"), ("Mollie Wilby", "2022-04-04")],
          adults=["Kerry Wilby"], criteria=["police_protection"],
          evidence={"police_protection": ["Both children were taken into police protection and placed with their maternal aunt overnight"]},
          received_day="2026-12-02", expect="attend", unscored_flags=["tickbox_ambiguous"],
          tags=["pasted-pdf-text", "question-mark-ticks", "hyphenation", "page-footer-mid-text", "police-protection"],
          notes="tick glyphs came through as '?' (unreadable, null); the conference arises from police protection on 27/11 (W4) -> attend"))

# ------------------------------------------------------------------ 114-02 leeds: Wingdings n/o, two columns interleaved
case("114-02", "leeds", "Amrit Sandhu", "amrit.sandhu@leeds.gov.uk",
     "Booth - ICPC 08/12 - request form",
     """Morning, request form copied in below (from the PDF). Any problems let me know. Amrit

LEEDS CITY COUNCIL                                        REQUEST FOR CHILD PROTECTION
Children and Families                                     CONFERENCE
Conference type ICPC                                      Mosaic ID MOS604417
Conference date Tuesday 08/12/2026                        Start time 1.00pm
Location Merrion House, room 4.12                         Chair Claire Goodall
CHILD 1                                                   CHILD 2
Noah Booth                                                Isla Booth
DOB 15/05/2015                                            DOB 06/08/2019
School Bankside Primary                                   School Bankside Primary
MOTHER                                                    FATHER
Stephanie Booth                                           Not named on birth certificates -
DOB 12/03/1991                                            not known to the family
Reason for requesting conference
Emotional harm. Ms Booth's drinking has got worse since the summer; Noah (11) is getting his sister
up, fed and to school most days and was found by a teacher trying to wake his mother on 20/11/2026.
Police history
Ms Booth's former partner was convicted of assaulting her in 2018. He lives in Hull, has had no contact
with Ms Booth or the children since 2019 and is not the father of either child. There are no current
police matters.
West Yorkshire Police
n Police attendance required
o Written report sufficient
Completed by Amrit Sandhu 27/11/2026
""", "Mon, 30 Nov 2026 08:44:30 +0000", "Mon, 30 Nov 2026 08:45:01 +0000",
     dict(kind="initial", kind_tag="icpc", short="pasted-two-columns-wingdings-n-o", date="2026-12-08", time="13:00",
          tick=True, harm=["emotional"], children=[("Noah Booth", "2015-05-15"), ("Isla Booth", "2019-08-06")],
          adults=["Stephanie Booth"], criteria=[], evidence={}, received_day="2026-11-30", expect="discuss",
          tags=["pasted-pdf-text", "two-columns-interleaved", "wingdings-n-o", "historic-da-other-person", "tick-attend"],
          notes="Wingdings boxes came through as 'n' (filled square: ticked) and 'o' (empty square); historic DA by a former partner with no contact is not a criterion -> discuss because attendance is requested"))

# ------------------------------------------------------------------ 114-03 calderdale: private-use glyphs, prior involvement
case("114-03", "calderdale", "Karen Dobson", "karen.dobson@calderdale.gov.uk",
     "ICPC 15.01.27 SUGDEN",
     """Please see details below (copied from the booking PDF).

OFFICIAL-SENSITIVE   Calderdale MBC   Initial Child Protection Conference - booking
Date: 15/01/2027 Child's name: Ruby Sugden
Time: 10:00 Date of birth: 19/02/2021
Venue: Northgate House, Room 3 Nursery: Little Explorers, King Cross
Chair: Pauline Greenwood Mother: Kerry Sugden (24/04/1995)
Social worker: Priya Chauhan Father: Liam Gledhill (03/01/1992)
LCS: LCS815502 Category: Neglect
Reason for conference
Ruby (5) has been brought to nursery unwashed and hungry for most of December and on 04/01/2027 Ms
Sugden was found asleep in the park with Ruby playing alone nearby.
Previous police involvement
Ruby was taken into police protection in March 2022 when Ms Sugden was found unconscious at home after
an overdose. In 2023 the Calderdale Safeguarding Unit investigated Mr Gledhill for assaulting Ms
Sugden's older son (no further action). Nothing since then.
Police \uf0a8 Attendance required \uf0fe Written report sufficient
Completed by Priya Chauhan 06/01/2027
OFFICIAL-SENSITIVE Page 1 of 1

Karen Dobson | CP Admin Team | Calderdale MBC
""", "Thu, 07 Jan 2027 13:50:41 +0000", "Thu, 07 Jan 2027 13:51:30 +0000",
     dict(kind="initial", kind_tag="icpc", short="pasted-pua-glyphs-prior-pp", date="2027-01-15", time="10:00",
          tick=False, harm=["neglect"], children=[("Ruby Sugden", "2021-02-19")],
          adults=["Kerry Sugden", "Liam Gledhill"], criteria=["prior_unit_involvement"],
          evidence={"prior_unit_involvement": ["Ruby was taken into police protection in March 2022",
                                               "In 2023 the Calderdale Safeguarding Unit investigated Mr Gledhill"]},
          received_day="2027-01-07", expect="attend",
          tags=["pasted-pdf-text", "two-columns-interleaved", "private-use-glyphs", "historical-pp", "tick-report", "tickbox-conflict"],
          notes="Wingdings boxes pasted as private-use glyphs (U+F0A8 empty, U+F0FE ticked: written report); police protection in 2022 and a 2023 unit investigation of father are historical -> prior_unit_involvement -> Calderdale attend"))

# ------------------------------------------------------------------ 114-04 kirklees review: glyphs lost, header mid-text, PPO nominal
case("114-04", "kirklees", "Naomi Firth", "naomi.firth@kirklees.gov.uk",
     "Review CP conference - Freddie Beaumont - 28/01/2027",
     """Hi, the form is pasted below. A written report from police will be fine for this review - police
haven't had any involvement with Freddie or his mum since the plan started. Thanks, Naomi

KIRKLEES COUNCIL - REVIEW CHILD PROTECTION CONFERENCE
Conference date 28/01/2027 Time 11:00 Venue Dewsbury Town Hall, Committee Room A
Chair Alison Whitworth Social worker Naomi Firth Plan category Neglect
Child Freddie Beaumont DOB 12/12/2019
Mother Chantelle Beaumont (lives with Freddie)
Father Kyle Beaumont (lives in Batley, no contact with Freddie since 2023)
Progress since the last conference
Freddie's weight is now on the 25th centile and his dental treatment is complete. Ms Beaumont has kept
the flat warm and has attended every core group. Mr Beaumont is a PPO nominal managed by the Kirklees IOM team
OFFICIAL-SENSITIVE   Kirklees Council   Review CP Conference   Page 1 of 2
for shoplifting and burglary; he has not seen Freddie since 2023 and there is no plan for contact.
Police attendance required Written report sufficient
OFFICIAL-SENSITIVE   Kirklees Council   Review CP Conference   Page 2 of 2

Naomi Firth
Social Worker | Kirklees Children and Families
""", "Wed, 13 Jan 2027 14:07:00 +0000", "Wed, 13 Jan 2027 14:08:00 +0000",
     dict(kind="review", kind_tag="rcpc", short="pasted-header-mid-text-ppo-nominal", date="2027-01-28", time="11:00",
          tick=False, harm=["neglect"], children=[("Freddie Beaumont", "2019-12-12")],
          adults=["Chantelle Beaumont", "Kyle Beaumont"], criteria=[], evidence={}, received_day="2027-01-13",
          expect="report_only", unscored_flags=["tickbox_ambiguous"],
          tags=["pasted-pdf-text", "glyphs-lost", "page-header-mid-text", "ppo-prolific-offender", "review", "safe-report-only"],
          notes="the form's tick glyphs were lost in the paste but the SW writes that a written report will be fine; 'PPO nominal' is a prolific offender (father, no contact), not police protection -> report only"))

# ------------------------------------------------------------------ 114-05 bradford pre-birth: hyphenated RSO, glyphs lost
case("114-05", "bradford", "Naseem Akhtar", "naseem.akhtar@bradford.gov.uk",
     "Pre-birth ICPC 12/01/2027 - CLEGG",
     """Copy of the pre-birth booking below.

City of Bradford MDC - Children's Social Care - PRE-BIRTH CONFERENCE BOOKING
Conference: Initial pre-birth child protection conference   Date: Tuesday 12/01/2027   Time: 10.00
Venue: Britannia House, Conference Room 1   Chair: Naseem Akhtar   SW: Hollie Booth
Unborn baby: Unborn Clegg   EDD: 06/03/2027
Mother: Jessica Clegg   DOB 11/11/2002
Father of the baby: Aaron Metcalfe   DOB 29/09/1996   (plans to move in with Ms Clegg before the birth)
Category: Sexual abuse (risk)
Reason for the conference
Mr Metcalfe is a regis-
tered sex offender: he was convicted in 2019 of sexual activity with a 14-year-old girl and has
been subject to the notification requirements since 2019. He is managed by the police MOSOVO team.
Ms Clegg does not accept that he poses a risk and intends that he lives with her and the baby.
Police attendance required   Written report sufficient
Form completed by Hollie Booth, 30/12/2026
OFFICIAL-SENSITIVE

Naseem
""", "Mon, 04 Jan 2027 09:22:00 +0000", "Mon, 04 Jan 2027 09:23:15 +0000",
     dict(kind="initial", pre_birth=True, kind_tag="prebirth", short="pasted-hyphenated-rso", date="2027-01-12", time="10:00",
          tick=None, harm=["sexual"], children=[("Unborn Clegg", None)], adults=["Jessica Clegg", "Aaron Metcalfe"],
          criteria=["registered_sex_offender"],
          evidence={"registered_sex_offender": ["has been subject to the notification requirements since 2019"]},
          received_day="2027-01-04", expect="attend", unscored_flags=["tickbox_ambiguous"],
          tags=["pasted-pdf-text", "hyphenation", "glyphs-lost", "pre-birth", "rso", "bradford-wakefield-rules"],
          notes="'regis-/tered sex offender' split by hyphenation; father of the unborn baby, moving in, is subject to notification (W7) -> attend; tick glyphs lost (null)"))

# ------------------------------------------------------------------ 114-06 wakefield: category neglect, wilful neglect negated
case("114-06", "wakefield", "Natalie Pearce", "natalie.pearce@wakefield.gov.uk",
     "ICPC RAMSDEN - Mon 18 Jan 1pm",
     """Hi all,

Details copied from the booking form PDF:

OFFICIAL-SENSITIVE
CHILD PROTECTION CONFERENCE BOOKING FORM
Type of conference ICPC Date of conference 18/01/2027 Time 1.00pm Venue Wakefield One, Room G14
Conference Chair Sandra Booth Allocated social worker Jamie Oxley CareDirector ID CD720093
Category of concern Neglect
Logan Ramsden 01/07/2018 Male Lupset Primary
Ella Ramsden 17/11/2020 Female Lupset Primary Nursery
Paige Ramsden Mother 05/05/1997
Dean Ramsden Father 14/02/1995
West Yorkshire Police (please tick one):
\uf0a8 Police attendance required
\uf0fe Written report sufficient
Reason for conference
Neglect: the house is heavily cluttered, there are dog faeces in the children's bedroom and both
children have head lice and untreated eczema. Logan's attendance is 78%.
Police involvement
Police attended with the social worker on 16/12/2026 because of the home conditions. After a
discussion with the CPS adviser the police concluded the threshold for a wilful neglect offence was
not met and took no further action. There is no ongoing police investigation.
Completed by Jamie Oxley 07/01/2027
Page 1 of 1

Natalie Pearce, SRU Business Support
""", "Fri, 08 Jan 2027 16:30:09 +0000", "Fri, 08 Jan 2027 16:31:00 +0000",
     dict(kind="initial", kind_tag="icpc", short="pasted-pua-glyphs-wilful-neglect-nfa", date="2027-01-18", time="13:00",
          tick=False, harm=["neglect"],
          children=[("Logan Ramsden", "2018-07-01"), ("Ella Ramsden", "2020-11-17")],
          adults=["Paige Ramsden", "Dean Ramsden"], criteria=[], evidence={}, received_day="2027-01-08",
          expect="report_only",
          tags=["pasted-pdf-text", "private-use-glyphs", "category-neglect", "wilful-neglect-negated", "nfa", "tick-report", "safe-report-only"],
          notes="category neglect; police decided the wilful-neglect threshold was not met and took NFA, no ongoing investigation -> report only (written report ticked)"))

# ------------------------------------------------------------------ 114-07 leeds: cancellation letter pasted from PDF
case("114-07", "leeds", "Philippa Bramley", "philippa.bramley@leeds.gov.uk",
     "CANCELLED - ICPC BEGUM 15/12/2026",
     """Please see the letter below (copied from the PDF as it is not opening for some partners).

Leeds City Council                                        Integrated Safeguarding Unit
Children and Families                                     Merrion House, Leeds LS2 8BB
Our ref: ISU/CP/2026/5521                                 Date: 10 December 2026
Dear Colleague
Re: Initial Child Protection Conference - Ayesha Begum (DOB 23/06/2014) - 15/12/2026 at 10.00am
I am writing to let you know that this conference has been cancelled. Following the strategy
discussion on 09/12/2026 it was agreed that the concerns can be managed under a child in need
plan and Ayesha's mother, Rukhsana Begum, has agreed to this. Please do not prepare a report.
Leeds City Council - Integrated Safeguarding Unit - OFFICIAL Page 1 of 1
Yours faithfully
Philippa Bramley
Business Support Officer, Integrated Safeguarding Unit
""", "Fri, 11 Dec 2026 08:05:00 +0000", "Fri, 11 Dec 2026 08:05:40 +0000",
     dict(kind="initial", kind_tag="icpc", short="pasted-cancellation-letter", date="2026-12-15", time="10:00",
          tick=None, harm=None, children=[("Ayesha Begum", "2014-06-23")], adults=["Rukhsana Begum"],
          criteria=None, evidence={}, manual=True, received_day="2026-12-11", no_deadlines=True,
          flags_required=["cancelled"], flags_forbidden=["not_an_invitation", "possible_duplicate", "rescheduled", "unverified_sender"],
          tags=["pasted-pdf-text", "two-columns-interleaved", "cancellation", "manual-review"],
          notes="the pasted letter says the conference is cancelled -> manual_review with the cancelled flag"))

print("\n".join(made))
