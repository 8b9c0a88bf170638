"""Layout 131: a social worker's own plain-text email, first person, with a home-made block of details."""
from common import D, MAILBOX

L = 131

SIG_WAK = "Wakefield Council"


def c01():
    conf = "2026-12-08"
    body = f"""Hi,

Sorry for the short notice - the Safeguarding and Review Unit asked me to send this straight to you as the booking only came through late yesterday.

I'm the allocated worker for Keira Hepworth (born 14/06/2017) and her brother Tyler Hepworth (born 02/09/2019). Their first child protection conference is on {D(conf, 'noyear')} at half one, Room 4, County Hall, Wakefield. The chair will be Imogen Stead.

At home: mum, Jodie Hepworth, and her partner Ryan Ashworth (not the children's dad). The children's dad, Martin Hepworth, lives in Pontefract and has them alternate weekends.

What happened: on Friday 27th Keira told her teacher Ryan had whipped the backs of her legs with a phone charger cable. School saw welts on both thighs. When officers went out to the house that evening Ryan was drunk and shouting, and they used their powers to remove both children and took them to their grandma's for the night rather than leave them there (the 72-hour police powers, not a voluntary arrangement). Ryan was arrested the next morning. He's been released on bail while the enquiry carries on, with conditions not to go back to the house or contact either child. The officer dealing is DC Kerr from the Normanton unit.

Mum is working with us and the children have been back with her since Sunday.

Would we like an officer at the conference? Yes please - I've put the same on the booking. A written police report to the chair in any case please.

Category we're asking for: physical abuse.

Thanks,
Callum

Callum Brearley
Social Worker, Assessment Team (South East)
Children and Young People's Service
{SIG_WAK}
07700 900412"""
    return dict(
        n=1, slug="wakefield-icpc-sw-plain-bail-and-removal", district="wakefield",
        from_name="Callum Brearley", from_addr="callum.brearley@wakefield.gov.uk",
        subject="Keira & Tyler Hepworth - first conference Tues 8th Dec - can someone from your team come?",
        received="2026-12-04T09:10", plain=body,
        label=dict(kind="initial", pre_birth=False, date=conf, time="13:30", tick=True, harm=["physical"],
                   children=[("Keira Hepworth", "2017-06-14"), ("Tyler Hepworth", "2019-09-02")],
                   adults=["Jodie Hepworth", "Ryan Ashworth", "Martin Hepworth"],
                   criteria=["current_investigation", "police_protection"], decision="attend", body_form=True,
                   evidence={"current_investigation": "He's been released on bail while the enquiry carries on",
                             "police_protection": "they used their powers to remove both children and took them to their grandma's for the night rather than leave them there (the 72-hour police powers, not a voluntary arrangement)"},
                   tags=["plain-body", "first-person", "late-notice", "time-in-words"],
                   why="bail = open enquiry into the stepfather's assault on Keira; removal under police powers led to the conference; 2 working days' notice and the report date has passed"))


def c02():
    conf = "2026-11-26"
    body = f"""Good morning

Please accept this as the invitation to the initial child protection conference for Ellie-Mae Crowther. Our business support are off today so I'm sending it myself.

Young person:    Ellie-Mae Crowther, 14 (d.o.b. 21.03.2012)
Lives with:      Stacey Crowther (mum), Dariusz Zielinski (mum's fiance) and her brother Reece (16)
Date/time:       {D(conf, 'noyear')}, 10am
Where:           Meeting Room 2, Reginald Centre, Chapeltown Road + Teams
Chair:           Nusrat Iqbal (Integrated Safeguarding Unit)

Why we're holding it
Since August Ellie-Mae has been missing overnight eleven times. She comes back with new clothes, a second phone and bottles of vodka, and she has been seen getting into cars with men in their twenties and thirties near the Merrion Centre. One of them sent her money to "come to a party" at a flat in Harehills. The exploitation hub have assessed her as at high risk of being groomed and used for sex by these men, and she is now open to their specialist worker.

Reece was picked up by officers in Wakefield in October carrying cannabis for a dealer. That's criminal exploitation through a county line and is being dealt with separately by his youth justice worker - it isn't why we're holding this conference.

Mum and Dariusz are working with us and want help to keep Ellie-Mae at home.

Police - a written update will be fine for this one, there's no need for anyone to come.

Thanks
Precious

Precious Mwale
Social Worker | Children and Families (East North East) | Leeds City Council"""
    return dict(
        n=2, slug="leeds-icpc-sw-plain-exploitation-report-only-tick", district="leeds",
        from_name="Precious Mwale", from_addr="precious.mwale@leeds.gov.uk",
        subject="ICPC - Ellie-Mae CROWTHER - Thurs 26/11 10am",
        received="2026-11-16T10:05", plain=body,
        label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick=False, harm=None,
                   children=[("Ellie-Mae Crowther", "2012-03-21")],
                   adults=["Stacey Crowther", "Dariusz Zielinski"],
                   criteria=["child_sexual_exploitation"], decision="discuss", body_form=True,
                   evidence={"child_sexual_exploitation": "The exploitation hub have assessed her as at high risk of being groomed and used for sex by these men"},
                   tags=["plain-body", "cse-own-words", "cce-near-miss", "tick-report"],
                   why="sexual exploitation told without the letters CSE; Leeds has no CSE item so CSE alone is discuss; brother's county-lines matter is CCE, not CSE"))


def c03():
    conf = "2026-12-17"
    body = f"""Hi there,

I've been asked to let WYP know about the initial conference I've requested for the Oduya-Brennan children.

Kids: Destiny Oduya-Brennan (7, DOB 30/01/2019), Mikey Oduya-Brennan (4, DOB 12/05/2022) and Faith Oduya-Brennan (19 months, DOB 18/04/2025)
Parents: Shannon Brennan and Tobi Oduya, both living at home
Conference: {D(conf, 'longo')}, 9.30, Halifax Town Hall (Committee Room B)

The worry is neglect that has built up over a long time rather than one event - mouldy food, no working cooker since September, Faith's weight dropping below the 2nd centile, six missed health appointments and the older two late or absent from school most weeks. Dad works nights and mum is struggling with her mood.

To be clear on the police side: this has been led by health and school. At the strategy discussion the police representative said nothing here amounts to a crime and they won't be opening an enquiry into the parents. Neither parent has any history with the police as far as we know. The only police visit to the address was in August, to the flat upstairs - nothing to do with this family.

Category requested: Neglect.

Best wishes,
Lowri Pickersgill
Social Worker, Children's Social Care
Calderdale Council"""
    return dict(
        n=3, slug="calderdale-icpc-sw-plain-neglect-no-police", district="calderdale",
        from_name="Lowri Pickersgill", from_addr="lowri.pickersgill@calderdale.gov.uk",
        subject="Initial CP conference - Oduya-Brennan children - 17.12.26",
        received="2026-12-02T14:20", plain=body,
        label=dict(kind="initial", pre_birth=False, date=conf, time="09:30", tick=None, harm=["neglect"],
                   children=[("Destiny Oduya-Brennan", "2019-01-30"), ("Mikey Oduya-Brennan", "2022-05-12"),
                             ("Faith Oduya-Brennan", "2025-04-18")],
                   adults=["Shannon Brennan", "Tobi Oduya"],
                   criteria=[], decision="report_only", body_form=True, evidence={},
                   tags=["plain-body", "neglect-not-crime", "strategy-discussion", "other-family", "tick-absent"],
                   why="category neglect with police saying no crime and no enquiry; only police visit was to another flat; no request: report only"))


def c04():
    conf = "2027-01-06"
    body = f"""Morning,

Pre-birth conference details below - could you pass to whoever does the checks please.

Unborn: Baby Nowak, due 9th March 2027
Mum:    Aleksandra Nowak (DOB 04/02/2003)
Dad:    Jamie Lumb (DOB 17/08/1999)
When:   {D(conf, 'dayslash')} @ 2pm
Where:  Castleford Civic Centre, Ferrybridge Road (or Teams - link to follow)

Background in brief: Aleksandra's first child was adopted in 2024 after care proceedings about neglect and drug use. She says she's been clean since last spring and is engaging with the midwife and Turning Point. Jamie moved in with her in October. We need a plan agreed well before the birth.

Police bits: we asked for checks on Jamie as he's new to us - nothing came back; he isn't on the sex offenders register and has no convictions. The draft birth plan says that if either parent tries to take the baby off the ward against the plan we'd ring the police and ask them to consider using their powers - that hasn't happened and we hope it won't need to.

From the police we just need your written checks for the chair - nobody needs to come along.

Thanks
Hollie

Hollie Ackroyd | Social Worker | Family Support (Five Towns) | Wakefield Council"""
    return dict(
        n=4, slug="wakefield-prebirth-icpc-sw-plain-hypothetical-removal", district="wakefield",
        from_name="Hollie Ackroyd", from_addr="hollie.ackroyd@wakefield.gov.uk",
        subject="Pre-birth conf - NOWAK - 06/01/27 2pm",
        received="2026-12-29T11:00", plain=body,
        label=dict(kind="initial", pre_birth=True, date=conf, time="14:00", tick=False, harm=None,
                   children=[("Baby Nowak", None)],
                   adults=["Aleksandra Nowak", "Jamie Lumb"],
                   criteria=[], decision="report_only", body_form=True, evidence={},
                   tags=["plain-body", "pre-birth", "hypothetical-police-powers", "rso-negated", "tick-report"],
                   why="police powers only in the birth plan's 'if'; partner checked and not on the register; written checks asked for: report only"))


def c05():
    conf = "2026-12-14"
    body = f"""Dear colleagues

Initial child protection conference - Ayaan and Inaya Mahmood

When:   {D(conf, 'long')} at 11.00
Where:  Civic Centre 1, Huddersfield, 3rd floor (Strengthening Families format)
Chair:  Ruth Mellor

Children:  Ayaan Mahmood (DOB 05.07.2016), Inaya Mahmood (DOB 22.11.2020)
Parents:   Sadia Mahmood (mum); Imran Mahmood (dad - separated, lives in Dewsbury, sees the children Saturdays)
Also in the house:  Kevin Stott (lodger)

What has brought us here: Sadia took in a lodger, Kevin Stott, in October to help with the rent. He sleeps in the back bedroom and sometimes collects Inaya from nursery. On 19 November his offender manager from the police rang us: Mr Stott has to sign in with the police as a sex offender and keep them told where he lives, and he had not given them this address. Sadia says she didn't know. He is still living there while he looks for somewhere else.

Police: I've ticked "report only" on our booking form as I understand the offender manager will be sending an update to the chair anyway.

Kind regards
Shabana Hussain
Social Worker, Duty & Assessment
Kirklees Council"""
    return dict(
        n=5, slug="kirklees-icpc-sw-plain-lodger-on-register", district="kirklees",
        from_name="Shabana Hussain", from_addr="shabana.hussain@kirklees.gov.uk",
        subject="ICPC Mahmood 14th December",
        received="2026-11-30T09:15", plain=body,
        label=dict(kind="initial", pre_birth=False, date=conf, time="11:00", tick=False, harm=None,
                   children=[("Ayaan Mahmood", "2016-07-05"), ("Inaya Mahmood", "2020-11-22")],
                   adults=["Sadia Mahmood", "Imran Mahmood", "Kevin Stott"],
                   criteria=["registered_sex_offender"], decision="attend", body_form=True,
                   evidence={"registered_sex_offender": "Mr Stott has to sign in with the police as a sex offender and keep them told where he lives"},
                   tags=["plain-body", "kirklees", "rso-own-words", "tick-report", "tickbox-conflict"],
                   why="lodger must sign in with police as a sex offender (notification); Kirklees uses Wakefield rules: attend against the 'report only' tick"))


def c06():
    conf = "2026-12-18"
    body = f"""Hi all,

Re: Rojin Barzani (04/04/2018) and Dilan Barzani (27/12/2021) - initial CP conference, {D(conf, 'noyear')}, 10am, Kirkstall Road

Please take this one out of your diaries - it has been called off. Mum (Shirin Barzani) and the children moved to her sister's in Sheffield last week and Sheffield children's services have accepted the case, so there won't be a conference in Leeds. The chair (Abdul Rehman) has agreed this.

No report needed from police now. Sorry for the late notice.

Shelley

Shelley Gaunt
Social Worker, Children and Families (West)
Leeds City Council"""
    return dict(
        n=6, slug="leeds-icpc-sw-plain-called-off", district="leeds",
        from_name="Shelley Gaunt", from_addr="shelley.gaunt@leeds.gov.uk",
        subject="Barzani ICPC 18/12 - NOT GOING AHEAD",
        received="2026-12-09T15:30", plain=body,
        label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick=None, harm=None,
                   children=[("Rojin Barzani", "2018-04-04"), ("Dilan Barzani", "2021-12-27")],
                   adults=["Shirin Barzani"], criteria=[], decision="manual_review", body_form=True,
                   manual="cancelled", evidence={},
                   tags=["plain-body", "cancellation-own-words"],
                   why="'called off' / 'not going ahead' = cancellation: manual review"))


def c07():
    conf = "2027-01-27"
    body = f"""Hi

Details of the initial conference for Harley below - the SRU have the booking form but asked me to send you the background.

Initial CP conference - Harley Brook (DOB 11/01/2020)

Day & time:      {D(conf, 'long')}, 10.00am
Place:           Kinsley Room, Wakefield One (hybrid)
Chair:           Tanvir Akram
Mum:             Chantelle Brook
Mum's partner:   Lee Fairburn (lives at the address)

Why:
Lee has been violent to Chantelle for at least a year and it got much more dangerous over Christmas - on Boxing Day he strangled her until she passed out while Harley was in the room. Her case was heard at MARAC on 7 January, a domestic abuse officer from the police safeguarding unit is visiting her weekly and has fitted a panic alarm, and Lee was made subject to a domestic violence protection order on 29 December that runs until the 26th.

Harley has started wetting and hides under the table when doors bang.

Police at conference?    Attend: YES    Written report: YES
(I've put yes to both - see below.)

Our chair spoke to DI Rachel Marsden on Friday and they agreed someone from the DA team will come to this one.

Thanks,
Nadia

Nadia Kowalski-Reid
Social Worker, Children First Hub
Wakefield Council"""
    return dict(
        n=7, slug="wakefield-icpc-sw-plain-da-agreed-both-yes", district="wakefield",
        from_name="Nadia Kowalski-Reid", from_addr="nadia.kowalski-reid@wakefield.gov.uk",
        subject="Brook - ICPC 27.1.27 - background for police",
        received="2027-01-18T08:50", plain=body,
        label=dict(kind="initial", pre_birth=False, date=conf, time="10:00", tick="both", harm=None,
                   children=[("Harley Brook", "2020-01-11")],
                   adults=["Chantelle Brook", "Lee Fairburn"],
                   criteria=["domestic_abuse_current_involvement", "negotiated_attendance"], decision="attend", body_form=True,
                   evidence={"domestic_abuse_current_involvement": "Her case was heard at MARAC on 7 January, a domestic abuse officer from the police safeguarding unit is visiting her weekly",
                             "negotiated_attendance": "Our chair spoke to DI Rachel Marsden on Friday and they agreed someone from the DA team will come to this one."},
                   tags=["plain-body", "da-current", "chair-di-agreed", "tick-both"],
                   why="serious DA with MARAC, DA officer and DVPO now; chair and DI agreed attendance; both answers 'YES' = ambiguous tick"))


CASES = [c01(), c02(), c03(), c04(), c05(), c06(), c07()]
for _c in CASES:
    _c["layout"] = L
    _c["to"] = MAILBOX[_c["district"]] if _c["district"] in MAILBOX else _c["to"]
