"""Layout 101 - reflective narrative requests (first-person social-work prose, body or Word)."""
from common import Attachment, Case, T

CASES = []

# ---------------------------------------------------------------- 101-01
CASES.append(Case(
    code="101-01", slug="wakefield-icpc-narrative-rui-in-fourth-paragraph",
    district="wakefield",
    sender=("Bethany Crowther", "bethany.crowther@wakefield.gov.uk"),
    subject="ICPC request - Poppy and Alfie - Thurs 17/12",
    sent="2026-12-07 14:12:31", received="2026-12-07 14:20:05",
    body=T("""
Hello,

I've been asked by the Safeguarding and Review Unit to send my reasons for requesting the initial child protection conference directly to you, as their booking system is down this week. The conference will be on Thursday 17 December 2026 at 10am at Castleford Library, meeting room 2 (Teams for anyone who can't get there). The chair is Marcus Webb. I have asked for the category to be sexual abuse.

The conference will consider both children in the household: Poppy Ellerby (DOB 02/06/2016) and her half-brother Alfie Pickersgill (DOB 19/09/2022). They live with their mum, Danielle Ellerby, and until last week with mum's partner Carl Pickersgill, who is Alfie's dad. Poppy's own dad, Scott Ellerby, lives in Pontefract and has her every other weekend.

I first met Poppy in September, when school referred because she was coming in hungry and her uniform was not being washed. At that time I thought this was a family under strain rather than a family where the children were unsafe. Mum was working nights at the distribution centre, Carl was looking after the children, and money was very tight. Mum told me the police had been called to the house last year after a row with a neighbour about parking, but she said nothing came of it and I have seen nothing to suggest otherwise.

When I visited on 12 November Poppy was quieter than usual and would not stay in the room when Carl came in. I noted it, but I did not think too much of it at the time, which I now regret.

On 24 November Poppy told her teaching assistant that Carl comes into her bedroom when mum is at work and "does things under the covers that he says are a game". School made a referral that afternoon. At the strategy discussion on 25 November it was agreed that this would be a joint section 47 enquiry, and Poppy was ABE interviewed two days later, where she repeated what she had said at school. DC Hannah Lodge from the Child Safeguarding Unit interviewed Carl under caution on 1 December. He denies everything and has been released under investigation while his phone and tablet are examined. He has agreed to stay at his mother's address in Normanton and not to have unsupervised contact with either child, although he is still turning up at school pick-up, which worries me.

What I am worried about now is whether mum can keep Poppy safe. She says she believes Poppy, but she has also told me that "Carl would never do that" and that she wants him home for Christmas. Carl is asking to see Alfie and Danielle thinks that is only fair.

What is working well: Scott has stepped up and is having Poppy for extra nights. Poppy's school are very supportive and she has a trusted adult there. Danielle has kept every appointment with me.

I'd be grateful if you could get your report to the chair in the usual way.

Thanks
Bethany

Bethany Crowther
Social Worker, Children's Assessment Team (East)
Children and Young People's Service | Wakefield Council
07789 331204
"""),
    label=dict(
        kind="initial", date="2026-12-17", time="10:00", tick=None, harm=["sexual"],
        children=[("Poppy Ellerby", "2016-06-02"), ("Alfie Pickersgill", "2022-09-19")],
        adults=["Danielle Ellerby", "Carl Pickersgill", "Scott Ellerby"],
        criteria=["current_investigation"], decision="attend",
        tags=["layout-101", "narrative-body", "district-wakefield", "initial", "tick-absent",
              "evidence-mid-prose", "reported-speech", "looks-report-only"],
        notes="current police investigation of sexual abuse by mother's partner (ABE, interviewed under caution, RUI) sits in the fourth paragraph of prose; the 'police called last year' row with a neighbour is not unit involvement",
    ),
))

# ---------------------------------------------------------------- 101-02
CASES.append(Case(
    code="101-02", slug="leeds-icpc-word-narrative-escalation-after-nfa",
    district="leeds",
    sender=("Marie Kettlewell", "marie.kettlewell@leeds.gov.uk"),
    subject="[SECURE] ICPC 21/12/2026 13:30 - HOLROYD-BAKER - SW request attached",
    sent="2026-12-09 10:58:12", received="2026-12-09 11:05:40",
    marking=True,
    body=T("""
Good morning

An Initial Child Protection Conference has been booked as follows:

Date: Monday 21 December 2026
Time: 1.30pm
Venue: Virtual - Microsoft Teams (the chair's PA will send the link)
Chair: Anita Brierley
Children: Kai and Ruby Holroyd-Baker

The social worker has written her reasons for the conference as a narrative rather than on the booking template - please see the attached document. Reports to the ISU please no later than 24 hours before the conference.

Regards

Marie Kettlewell
Business Support Officer
Integrated Safeguarding Unit | Children and Families | Leeds City Council
0113 378 5521
"""),
    attachments=[Attachment(
        filename="ICPC request - Holroyd-Baker - SW reasons.docx", author="Imogen Ashworth",
        blocks=[
            ("title", "Request for an Initial Child Protection Conference"),
            ("p", "Children: Kai Holroyd-Baker (born 14/02/2017) and Ruby Holroyd-Baker (born 30/07/2019)"),
            ("p", "Mother: Stacey Holroyd. Father: Dwayne Baker. Both have parental responsibility."),
            ("p", "Social worker: Imogen Ashworth, Inner East Social Work Service"),
            ("p", "Category requested: physical abuse"),
            ("h2", "Why I am asking for a conference"),
            ("p", "I have been the social worker for Kai and Ruby since August 2026, when the family were stepped up from early help because of Kai's school attendance. For most of the autumn I felt that the child in need plan was working. Stacey was open with me, the house was warm and organised, and the children were pleased to see me. I want to say that clearly, because what has happened in the last six weeks has changed my view."),
            ("p", "The children are not new to services. In March 2021, when the family lived in Seacroft, Kai, who was four at the time, was found to have a fractured wrist and bruising across his lower back. Mr Baker was arrested and interviewed by the police safeguarding unit. The investigation ended with no further action later that year because the medical evidence could not exclude an accident, and Mr Baker left the family home. Children's social care closed the case in early 2022."),
            ("p", "When I started working with the family Stacey told me that Dwayne was no longer part of the children's lives and that she had not seen him for over a year. That is no longer the case. Since the end of October he has been staying at the house most nights; I saw his van outside on two unannounced visits and Ruby talks about \"daddy's bed\". Stacey now accepts he is back but says he has changed."),
            ("p", "On 19 November Kai arrived at school with a bruise on his left cheek that his teacher described as the shape of a hand. He said he had fallen off the sofa. On 2 December Ruby told staff at nursery that \"daddy smacked Kai with the belt because he wet the bed\". Kai would not talk about it. I believe the risk to both children is now escalating: the injuries are more frequent than at any point since 2021, they are to the face, and both have happened since Mr Baker came back into the home, which goes against the safety plan Stacey signed with me in September."),
            ("p", "A strategy discussion took place on 3 December. On the information available at that point the police decided not to open a new investigation, because Kai has made no disclosure and the nursery account is second-hand. The officer said this would be looked at again if Kai says more. I understand that decision, but it leaves a child protection plan as the only protective framework we have."),
            ("p", "What worries me most is what happens if Stacey has to choose between Dwayne and the children. She has told me she \"can't do it on her own again\". If Mr Baker were asked to leave I think there is a real chance he would come back at night, as he did before, and I do not know whether Stacey would tell us."),
            ("p", "What is working well: Kai's school and Ruby's nursery are noticing and reporting quickly. Stacey's mother is a regular and safe presence and collects the children three days a week."),
            ("b", "Police (please mark one):   ☐ Attendance required      ☒ Written report sufficient"),
            ("p", "Imogen Ashworth, Social Worker, 7 December 2026"),
        ])],
    label=dict(
        kind="initial", date="2026-12-21", time="13:30", tick=False, harm=["physical"],
        children=[("Kai Holroyd-Baker", "2017-02-14"), ("Ruby Holroyd-Baker", "2019-07-30")],
        adults=["Stacey Holroyd", "Dwayne Baker"],
        criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
        tags=["layout-101", "narrative-docx", "district-leeds", "initial", "tick-report",
              "tickbox-conflict", "nfa-history", "escalation", "looks-report-only"],
        notes="2021 police investigation of Kai's injuries (NFA) plus clear escalation since the father returned (Leeds item 2); the police decision not to open a new investigation and the 'written report sufficient' tick make it look report-only",
    ),
))

# ---------------------------------------------------------------- 101-03
CASES.append(Case(
    code="101-03", slug="calderdale-icpc-narrative-negations-report-only",
    district="calderdale",
    sender=("Owen Haworth", "owen.haworth@calderdale.gov.uk"),
    subject="Initial CP conference - SUNDERLAND children - 23.12.26",
    sent="2026-12-10 16:33:50", received="2026-12-10 16:40:02",
    html=False,
    body=T("""
OFFICIAL-SENSITIVE

Hi,

An initial child protection conference has been booked for Jacob and Mia on Wednesday 23 December 2026 at 9.30am in Northgate House, Halifax (room 1.06), with Teams for anyone who can't attend in person. The chair is Rosalind Cheetham. Our CP admin team asked me to send my summary of reasons straight to the police mailbox because the notification form is still waiting for my manager's sign-off.

Jacob Sunderland, born 08/01/2014
Mia Sunderland, born 21/05/2018
Mum: Leanne Sunderland (sole carer). The children's father died in 2020.
Category: emotional abuse and neglect

My reasons

I am worried that Jacob has become Mia's carer. When I visited on 30 November it was Jacob, at twelve, who made Mia's tea, found her school shoes and told me that mum was "having a lie down". Leanne was asleep upstairs at four in the afternoon and there were empty cider bottles in the recycling and on the bedroom floor. Jacob missed 31 days of school last term and his head of year says he is exhausted and irritable.

Leanne's drinking has got worse since her partner left in the summer. She tells me she drinks "to get to sleep", and she has twice declined a referral to the alcohol service. She loves the children and they love her, and I have never seen her be unkind to them, but I do not think she is able to notice what they need at the moment.

I asked Leanne about the police because Jacob mentioned "a police lady" coming to the house. Leanne said she has never had the police out, and that Jacob was thinking of the PCSO who talks to the school. The police checks shared at the strategy discussion showed nothing recorded for Leanne or for the address.

Leanne's ex-partner, who she left in 2015 and who now lives in Spain, was violent to her during their relationship. There has been no contact with him for many years and he is not the children's father. If he were ever to come back to Halifax I would want to speak to the police about a disclosure, but there is nothing to suggest that is likely.

At the strategy discussion the police view was that the criminal threshold for wilful neglect is not met, and the section 47 enquiry has been completed by children's social care as a single-agency enquiry. I agree with that. I am asking for a conference because I think the children need a plan that everyone is part of, not because I think anyone has committed an offence.

What is working well: the children are close to their maternal grandmother, who has agreed to have them two nights a week, and Mia's attendance at school is good.

Thanks,
Owen

Owen Haworth
Social Worker | Assessment and Intervention Team 2 | Calderdale Council
01422 394117
"""),
    label=dict(
        kind="initial", date="2026-12-23", time="09:30", tick=None, harm=["emotional", "neglect"],
        children=[("Jacob Sunderland", "2014-01-08"), ("Mia Sunderland", "2018-05-21")],
        adults=["Leanne Sunderland"],
        criteria=[], decision="report_only",
        tags=["layout-101", "narrative-body", "district-calderdale", "initial", "tick-absent",
              "negation", "hypothetical", "historic-da-elsewhere", "single-agency-s47", "no-criterion"],
        notes="police words only in negations (never had the police out, nothing recorded), a hypothetical disclosure, a violent ex abroad with no contact, police advice that wilful-neglect threshold is not met and a single-agency s47: no criterion, no tick",
    ),
))

# ---------------------------------------------------------------- 101-04
CASES.append(Case(
    code="101-04", slug="kirklees-rcpc-word-narrative-core-group-after-nfa",
    district="kirklees",
    sender=("Parveen Bashir", "parveen.bashir@kirklees.gov.uk"),
    subject="RCPC - AZAM - Tue 19th Jan 2027 2pm",
    sent="2027-01-04 09:41:18", received="2027-01-04 09:47:55",
    body=T("""
Dear colleague,

Re: Zain Azam and Hafsa Azam - Review Child Protection Conference

The first review child protection conference for the above children will take place on Tuesday 19th January 2027 at 2.00pm in Meeting Room 3, Civic Centre 1, Huddersfield. Remote attendance via Teams is available - please reply to this email if you need the link.

The social worker's report is attached for your information. Reports are requested three working days before the conference.

Kind regards,

Parveen Bashir
Child Protection Conference Team
Kirklees Council
"""),
    attachments=[Attachment(
        filename="SW report RCPC Azam Jan 2027.docx", author="Callum Firth",
        blocks=[
            ("title", "Report to Review Child Protection Conference"),
            ("p", "Children: Zain Azam (DOB 11/03/2013) and Hafsa Azam (DOB 02/11/2015)"),
            ("p", "Parents: Nadia Azam (mother, lives with the children) and Imran Azam (father, currently living with his brother in Dewsbury)"),
            ("p", "Category of plan: physical abuse. Date of initial conference: 6 October 2026."),
            ("p", "Social worker: Callum Firth, Child Protection and Assessment, North Kirklees"),
            ("h2", "My reflections since the initial conference"),
            ("p", "When we met in October I described a family who were frightened and angry in equal measure. Zain had told his PE teacher that his dad hit him across the legs with the handle of a cricket bat because he had lost his phone, and he had the marks to show it. Hafsa had watched. Three months on, I think the family are in a different place, although not yet a safe enough one for me to recommend that the plan ends."),
            ("p", "The police investigation into the incident on 9 September has now concluded. The Crown Prosecution Service advised in November that there was not enough evidence to charge, and the police have taken no further action. Mr Azam's bail conditions ended at that point. I know that at the last core group some people took this to mean that the police would step back from the family."),
            ("p", "That has not happened, and I am glad. PC Rehana Qureshi from the Kirklees Safeguarding Unit is still a named member of the core group. She has been to all four core groups since October, and the plan still gives her the action of carrying out joint visits with me every fortnight while Mr Azam's contact with the children is increased in stages. Zain has told me he finds it easier to talk when she is there because \"she said it wasn't my fault\"."),
            ("p", "Mr Azam has completed six of the twelve sessions of the Caring Dads programme. He now sees the children at his brother's house on Saturdays and, since December, for tea on Wednesdays at the family home with Nadia present. Nadia would like him to move back before Easter. I am not yet confident that he understands the impact of what happened: in our last session he said Zain \"winds him up on purpose\", which is what he said in September."),
            ("p", "Hafsa is doing well at school. Zain's attendance has dipped to 84% and he has been in trouble for fighting twice this term; school think he is angry rather than frightened, which may be progress of a kind."),
            ("p", "My recommendation is that the children remain subject to child protection plans for a further period, that the core group continues with its current membership, and that contact at the family home stays supervised until the Caring Dads programme is complete."),
            ("p", "Callum Firth, Social Worker, 4 January 2027"),
        ])],
    label=dict(
        kind="review", date="2027-01-19", time="14:00", tick=None, harm=["physical"],
        children=[("Zain Azam", "2013-03-11"), ("Hafsa Azam", "2015-11-02")],
        adults=["Nadia Azam", "Imran Azam"],
        criteria=["core_group_member", "prior_unit_involvement"], decision="attend",
        tags=["layout-101", "narrative-docx", "district-kirklees", "review", "tick-absent",
              "core-group", "nfa-history", "looks-report-only", "wakefield-rules"],
        notes="review: PC Qureshi is still a named core group member with plan actions (Wakefield rules for Kirklees, 000 s5.1) -> attend; 'no further action' and 'bail conditions ended' just before it read like the police stepping back",
    ),
))

# ---------------------------------------------------------------- 101-05
CASES.append(Case(
    code="101-05", slug="bradford-icpc-narrative-county-lines-not-cse",
    district="bradford",
    sender=("Precious Ndlovu", "precious.ndlovu@bradford.gov.uk"),
    subject="ICPC for Kieran Lister - Tuesday 29 December 10am",
    sent="2026-12-15 11:20:07", received="2026-12-15 11:26:44",
    html=False,
    body=T("""
Hello

I am the allocated social worker for Kieran Lister (DOB 04/04/2011) and I have been asked to send the reasons for his initial child protection conference to you directly. The conference is on Tuesday 29 December 2026 at 10am at Fairweather Green Family Centre, Bradford, and the chair is Gareth Feather. Kieran lives with his mum, Joanne Lister, and her partner, Paul Gregson.

Category: neglect

I am worried that Kieran is being criminally exploited and that at home nobody is able to stop it. Since September he has been missing from home eleven times, once for three nights. On 14 November police found him in a flat in Keighley that was being used to deal drugs - the tenant is a vulnerable adult whose flat had been taken over. Kieran had £340 and wraps of what is believed to be crack cocaine on him. He was arrested for possession with intent to supply and has been released under investigation while the drugs are tested. The police brought him home the next morning. A National Referral Mechanism referral has been made on the basis of criminal exploitation.

I want to be clear about what I am and am not worried about, because the word exploitation can mean different things. The exploitation screening tool I completed with Kieran's youth worker on 1 December identified no indicators of sexual exploitation, and Kieran has not disclosed anything of that kind. My worry is about the older lads who are using him to run drugs, the debt he says he owes them, and the knife his mum found in his bag.

When I saw Kieran in his room last week he told me "it's just work" and that he would be "sorted" by Christmas. Joanne is exhausted. She has locked the doors, taken his phone and called the police every time he has gone missing, and none of it has made a difference. Paul says Kieran should be "left to learn the hard way", and there have been arguments between them that Kieran says are about him.

There are no concerns about physical or sexual abuse within the family. My reason for asking for a conference is that the risks Kieran faces outside the home are serious, and I think his mum needs a plan, and other agencies, around her.

Many thanks

Precious

Precious Ndlovu
Social Worker | Children's Social Care | Bradford Council
Tel 01274 436287
"""),
    label=dict(
        kind="initial", date="2026-12-29", time="10:00", tick=None, harm=["neglect"],
        children=[("Kieran Lister", "2011-04-04")],
        adults=["Joanne Lister", "Paul Gregson"],
        criteria=[], decision="report_only",
        tags=["layout-101", "narrative-body", "district-bradford", "initial", "tick-absent",
              "cce-not-cse", "rui-of-child-as-suspect", "christmas-deadline", "no-criterion", "wakefield-rules"],
        notes="county lines / criminal exploitation is not CSE (screening found no sexual-exploitation indicators); Kieran's own RUI is for drug supply, not abuse within the family; police bringing him home is not police protection",
    ),
))

# ---------------------------------------------------------------- 101-06
CASES.append(Case(
    code="101-06", slug="leeds-rcpc-narrative-rso-partner-still-visiting",
    district="leeds",
    sender=("Hannah Wray", "hannah.wray@leeds.gov.uk"),
    subject="Review CP Conference 19/01/27 - Ava and Leo FARRAR - SW update",
    sent="2027-01-07 09:04:26", received="2027-01-07 09:12:10",
    body=T("""
Good morning,

I'm the social worker for Ava and Leo Farrar. Their second review child protection conference is on Tuesday 19 January 2027 at 10am on Teams, chaired by Vikram Lal. I'm sorry this is reaching you late - the ISU tell me the invitation went to an old mailbox before Christmas. I've written my update below so that you have the current picture before you do your checks.

Ava Farrar, DOB 15/08/2019
Leo Farrar, DOB 03/02/2024
Mum: Kelly Farrar. Dad: Jason Farrar (lives separately, has contact).
Category: physical abuse

Since the last review in October a lot has changed, and I want to set out what I think has and hasn't got better.

Dad is no longer on bail. In November the CPS decided not to charge him over the fracture to Leo's arm, so the police investigation is closed, and his contact with the children has moved from supervised sessions at the family centre to his mother's house. Contact has gone well and I have no new concerns about Jason's care of the children.

What worries me now is Kelly's relationship with Lee Dransfield. At the last conference Kelly told us she had ended the relationship, and on that basis the conference agreed that he was not a household member. I no longer think that is right. Mr Dransfield is a registered sex offender - he was convicted in 2019 and is subject to the notification requirements until 2029 - and his offender manager has confirmed that his registered address is a hostel in Armley. However, on my last three visits his work boots and jacket have been in the hallway, Ava calls him "Daddy Lee", and a neighbour told school that his car is outside most weekends. Kelly says he "pops in". She would not tell me whether he stays overnight and did not want to talk about it.

I do not think Kelly is deliberately putting the children at risk. I think she does not believe the risk is real, because she says what he was convicted of "wasn't like that".

The core group has not included the police since the investigation closed. I'd be grateful if the conference could consider whether that should change.

Kind regards

Hannah Wray
Social Worker | Children and Families | Leeds City Council
Mobile 07700 918442
"""),
    label=dict(
        kind="review", date="2027-01-19", time="10:00", tick=None, harm=["physical"],
        children=[("Ava Farrar", "2019-08-15"), ("Leo Farrar", "2024-02-03")],
        adults=["Kelly Farrar", "Jason Farrar", "Lee Dransfield"],
        criteria=["registered_sex_offender", "prior_unit_involvement"], decision="discuss",
        tags=["layout-101", "narrative-body", "district-leeds", "review", "tick-absent", "late-notice",
              "time-words", "rso-associated", "looks-report-only"],
        notes="review: the RSO partner is associated with the household despite a hostel address -> discuss; the father's closed investigation (no longer on bail, CPS no charge) is only history; Leeds review notice 8 < 10 working days",
    ),
))

# ---------------------------------------------------------------- 101-07
CASES.append(Case(
    code="101-07", slug="wakefield-icpc-word-statement-da-marac-over-christmas",
    district="wakefield",
    sender=("Lucy Baxendale", "lucy.baxendale@wakefield.gov.uk"),
    subject="OFFICIAL-SENSITIVE: ICPC WHITWORTH 05/01/2027 1pm",
    sent="2026-12-18 12:22:40", received="2026-12-18 12:30:15",
    marking=True,
    body=T("""
Afternoon all,

Initial Child Protection Conference - Theo and Esme Whitworth
Tuesday 5th January 2027, 1.00pm, Room G12, Wakefield One (hybrid)
Chair: Duncan Hepworth

The social worker's statement is attached in place of the usual booking form; the form itself will follow once the team manager has signed it off. Police attendance has been requested (see the end of the statement).

Please send your report to the chair three working days before the conference.

Thanks
Lucy

Lucy Baxendale
Business Support | Safeguarding and Review Unit | Wakefield Council
"""),
    attachments=[Attachment(
        filename="SW statement ICPC Whitworth.docx", author="Tamsin Hollings",
        blocks=[
            ("title", "Social work statement for Initial Child Protection Conference"),
            ("p", "Theo Whitworth, born 27 October 2020; Esme Whitworth, born 9 April 2023"),
            ("p", "Chloe Whitworth, mother; Ryan Dobbs, Esme's father and Chloe's partner"),
            ("p", "Category: emotional abuse"),
            ("p", "I have known Chloe since the end of September, when school made a referral because Theo had told his teacher that \"Ryan put his hands on mummy's neck\". At that point Chloe told me it had been a one-off argument, that Ryan had been drinking and that it would not happen again. I believed she meant it."),
            ("p", "Chloe has since told me that the police had been called three times since the summer: once by her and twice by neighbours. On the first two occasions she told officers that nothing had happened, and nothing more was done. I have learned not to rely on \"nothing happened\"."),
            ("p", "On 28 November officers were called by a neighbour who heard screaming. Chloe had marks to her neck and said Ryan had strangled her until she nearly passed out, with Theo in the room. Ryan was arrested and interviewed for non-fatal strangulation and assault. He has been released on bail with conditions not to contact Chloe or go to the address. The DASH risk assessment completed by the attending officers was high risk. Chloe now has an IDVA, and the case is due to be heard at MARAC on 16 December. DC Rebecca Ollerenshaw from the domestic abuse team is the officer in the case."),
            ("p", "Since then Ryan has messaged Chloe from a friend's phone, and Chloe has told me she is thinking of asking the police to drop the bail conditions so that he can see Esme at Christmas. She says \"he's their dad and he's never touched the kids\". Theo, who is six, has started wetting the bed and will not go upstairs on his own."),
            ("p", "What is working well: Chloe has let me see the children alone, she has agreed to the IDVA's safety plan, and her sister has offered to have them to stay if Ryan comes to the house."),
            ("b", "Police: attendance at conference requested - YES. Written report only - NO."),
            ("p", "Tamsin Hollings, Social Worker, Children's Assessment Team, 17 December 2026"),
        ])],
    label=dict(
        kind="initial", date="2027-01-05", time="13:00", tick=True, harm=["emotional"],
        children=[("Theo Whitworth", "2020-10-27"), ("Esme Whitworth", "2023-04-09")],
        adults=["Chloe Whitworth", "Ryan Dobbs"],
        criteria=["domestic_abuse_current_involvement"], decision="attend",
        tags=["layout-101", "narrative-docx", "district-wakefield", "initial", "tick-attend",
              "reported-speech", "bank-holidays", "da-marac"],
        notes="serious DA (strangulation, DASH high, bail conditions, IDVA, MARAC pending) with current police involvement (Wakefield item 6); report due 30 Dec across the 25/28 Dec bank holidays",
    ),
))
