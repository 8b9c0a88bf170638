"""Layout 42: 'Signs of Safety' / 'Three Houses' style conference requests.

Word documents (one HTML body) with the headings of the Signs of Safety mapping -
What are we worried about? / What's working well? / What needs to happen? - danger statements,
safety goals, 0-10 scaling, and the police request inside the invitee list
("West Yorkshire Police (CPU) - report requested / attendance requested")."""
import io
import html as htmlmod
import docx
from docx.shared import Pt
from common import *


def make_docx(spec, marking="OFFICIAL-SENSITIVE"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    texts = []
    if marking:
        d.sections[0].header.paragraphs[0].text = marking
        d.sections[0].footer.paragraphs[0].text = marking
        texts.append(marking)
    for kind, text in spec:
        if kind == "title":
            d.add_heading(text, level=0)
        elif kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
        texts.append(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), texts


def make_html(spec):
    out, texts = [], []
    for kind, text in spec:
        t = htmlmod.escape(text)
        texts.append(text)
        if kind == "title":
            out.append('<div class="title" style="font-size:16pt;font-weight:bold;color:#1f4e79">%s</div>' % t)
        elif kind in ("h1", "h2"):
            out.append('<div class="sos-head" style="font-weight:bold;margin-top:12px;color:#1f4e79">%s</div>' % t)
        elif kind == "b":
            out.append('<div class="invitee" style="margin-left:18px">&bull; %s</div>' % t)
        else:
            out.append('<div style="margin:4px 0">%s</div>' % t)
    return "\n".join(out), texts


CASES = []

CASES.append(dict(
    name="i-42-01-wakefield-icpc-signs-of-safety-cse-attendance-requested",
    district="wakefield", kind="initial", date="2026-12-21", time="10:00", tick=True,
    harm=["sexual"], received=T("2026-12-10 11:05"),
    children=[("Kacey Dunn", "2012-04-22")], adults=["Lisa Dunn", "Paul Dunn"],
    criteria=["child_sexual_exploitation"], decision="attend",
    tags=["signs-of-safety", "docx", "district-wakefield", "initial", "tick-attend", "invitee-list"],
    notes="CSE is a considered risk (high on the CSE risk assessment): Wakefield §4.5 item 5 -> attend; police request read from the invitee list ('attendance requested'); 'report requested' belongs to Youth Justice",
    sender=("Sarah Hepworth", "sarah.hepworth@wakefield.gov.uk"),
    subject="OFFICIAL-SENSITIVE | ICPC request - DUNN - Monday 21 December 2026",
    body=("Hi\n\nPlease find attached the conference request and Signs of Safety summary for Kacey Dunn. "
          "The Initial Child Protection Conference is on Monday 21 December 2026 at 10am at Wakefield One.\n\n"
          "Sarah Hepworth\nSocial Worker, Assessment Team 4\nWakefield Council Children and Young People's Service\n"),
    attach="DUNN Kacey - ICPC request and SoS summary.docx",
    spec=[
        ("title", "Child Protection Conference Request - Signs of Safety Summary"),
        ("p", "Wakefield Council - Children and Young People's Service"),
        ("p", "Conference: Initial Child Protection Conference"),
        ("p", "Date and time: Monday 21 December 2026 at 10:00"),
        ("p", "Venue: Wakefield One, Burton Street, Wakefield - Room 2.14 (hybrid, Teams link to follow)"),
        ("p", "Chair: Helen Mallinson    Social worker: Sarah Hepworth    CareDirector ID: CD419506"),
        ("p", "Category requested: Sexual abuse"),
        ("h1", "Child and family"),
        ("p", "Kacey Dunn, born 22/04/2012 (14), Horbury Academy"),
        ("p", "Lisa Dunn, mother, born 09/10/1984 - Kacey lives with her mother"),
        ("p", "Paul Dunn, father, born 17/02/1982 - lives in Ossett, has parental responsibility and regular contact"),
        ("h1", "What are we worried about?"),
        ("h2", "Past harm"),
        ("p", "Kacey has been reported missing six times since September 2026. On 27/11/2026 she was found in a flat in Dewsbury with two adult males she met online; she had been given alcohol and a new mobile phone. The CSE risk assessment completed on 30/11/2026 rated her at high risk of child sexual exploitation."),
        ("h2", "Danger statement"),
        ("p", "Children's Social Care, Horbury Academy and West Yorkshire Police are worried that Kacey will be sexually exploited by adult men who give her alcohol, gifts and lifts, and that she could be seriously harmed when she goes missing."),
        ("h2", "Complicating factors"),
        ("p", "Kacey does not see herself as at risk. Ms Dunn works nights and finds it hard to know where Kacey is in the evenings."),
        ("h1", "What's working well?"),
        ("p", "Ms Dunn reports Kacey missing promptly and has agreed to the phone being examined. Kacey has a good relationship with her head of year and with her father."),
        ("h1", "What needs to happen?"),
        ("h2", "Safety goal"),
        ("p", "Kacey is safe in the evenings and at night, everyone in her safety network knows where she is, and she is not in contact with adults who exploit her."),
        ("h2", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is confident Kacey is safe enough to close the case and 0 means she is certain to be harmed again, the social worker scored 2, Ms Dunn 5 and the school 3."),
        ("h1", "Invited"),
        ("b", "Lisa Dunn (mother) and Paul Dunn (father)"),
        ("b", "Sarah Hepworth, Social Worker - report to follow"),
        ("b", "Horbury Academy, Designated Safeguarding Lead - attendance requested"),
        ("b", "School Nursing Service - report requested"),
        ("b", "Wakefield Youth Justice Service - report requested"),
        ("b", "West Yorkshire Police (CPU) - attendance requested"),
        ("p", "Reports to the Chair at least 3 working days before the conference, please."),
    ],
))

CASES.append(dict(
    name="i-42-02-leeds-rcpc-signs-of-safety-police-core-group",
    district="leeds", kind="review", date="2027-01-12", time="10:00", tick=True,
    harm=["physical"], received=T("2026-12-14 15:22"),
    children=[("Poppy Bentley", "2017-08-17"), ("Oliver Bentley", "2020-03-03")],
    adults=["Natalie Bentley", "Jason Crowther"],
    criteria=["core_group_member", "prior_unit_involvement"], decision="attend",
    tags=["signs-of-safety", "docx", "district-leeds", "review", "tick-attend", "core-group",
          "bank-holidays", "notice-review-10"],
    notes="review; PC Rhodes is a core group member with police actions in the plan (Leeds §4.8) -> attend; the earlier investigation (caution Oct 2026) shows prior_unit_involvement; 18 working days' notice across Christmas meets the Leeds 10-day review minimum",
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="Review Child Protection Conference - BENTLEY - 12/01/2027 - OFFICIAL-SENSITIVE",
    body=("Dear colleagues\n\nPlease find attached the review conference request for Poppy and Oliver Bentley "
          "(first review), Tuesday 12 January 2027 at 10am at Merrion House.\n\nRegards\nIntegrated Safeguarding Unit\n"
          "Leeds City Council\n"),
    attach="BENTLEY RCPC request 12.01.27.docx",
    spec=[
        ("title", "Review Child Protection Conference - Request for Conference"),
        ("p", "Leeds Children and Families - Integrated Safeguarding Unit"),
        ("p", "Conference type: Review (first review)"),
        ("p", "Date: Tuesday 12 January 2027    Time: 10:00    Venue: Merrion House, Leeds LS2 8BB, Room 5A"),
        ("p", "Chair: Graham Oduya    Social worker: Lucy Barraclough    Mosaic ID: MOS702219"),
        ("p", "Plan category: Physical abuse"),
        ("h1", "Family"),
        ("p", "Poppy Bentley - date of birth 17/08/2017"),
        ("p", "Oliver Bentley - date of birth 03/03/2020"),
        ("p", "Natalie Bentley - mother"),
        ("p", "Jason Crowther - mother's partner"),
        ("h1", "What are we worried about?"),
        ("p", "Oliver was admitted to hospital in September 2026 with bruising to his ears and back. The police investigation into his injuries ended in October 2026 when Mr Crowther accepted a caution for assault. The worry now is that Mr Crowther's temper and drinking could lead to Oliver or Poppy being hurt again."),
        ("h2", "Danger statement"),
        ("p", "Everyone is worried that if Mr Crowther drinks and loses his temper the children could be hit and badly hurt."),
        ("h1", "What's working well?"),
        ("p", "Mr Crowther has completed a 10-week alcohol programme. PC Amy Rhodes (Leeds CPPU) is a member of the core group and has attended every core group meeting; she made joint home visits with the social worker on 12/11/2026 and 02/12/2026."),
        ("h1", "What needs to happen?"),
        ("p", "Safety goal: Poppy and Oliver are cared for by adults who stay calm and sober, and they can tell a safe adult if they are scared."),
        ("p", "Police actions in the plan: PC Rhodes to continue joint home visits with the social worker and to share any police calls to the address with the core group."),
        ("p", "Scaling (0 = the children will be hurt again, 10 = safe enough to end the plan): social worker 6, Ms Bentley 8, school 6."),
        ("h1", "Invited"),
        ("b", "Natalie Bentley and Jason Crowther"),
        ("b", "Lucy Barraclough, Social Worker"),
        ("b", "Bramley Park Academy - report requested"),
        ("b", "Health Visitor (0-19 Service) - attendance requested"),
        ("b", "West Yorkshire Police (CPU) - attendance requested (core group member)"),
        ("p", "Written reports to the Integrated Safeguarding Unit at least 24 hours before the conference."),
    ],
))

CASES.append(dict(
    name="i-42-03-calderdale-rcpc-signs-of-safety-cse-link-report-requested",
    district="calderdale", kind="review", date="2027-01-20", time="13:00", tick=False,
    harm=["sexual", "neglect"], received=T("2027-01-06 10:40"),
    children=[("Chloe Pearson", "2011-01-08")], adults=["Michelle Pearson"],
    criteria=["child_sexual_exploitation"], decision="discuss",
    tags=["signs-of-safety", "docx", "district-calderdale", "review", "tick-report", "cse-link",
          "cce-sibling-trap"],
    notes="review with a current CSE link (Calderdale: 'compelling reason, e.g. CSE link') -> discuss although only a report is requested; the brother's county-lines involvement is CCE, not CSE",
    sender=("Safeguarding and Quality Assurance", "cp.conferences@calderdale.gov.uk"),
    subject="RCPC PEARSON 20/01/2027 OFFICIAL-SENSITIVE",
    body=("Dear West Yorkshire Police\n\nChloe Pearson's review child protection conference is on Wednesday 20 January 2027 "
          "at 1pm at Halifax Town Hall. The conference request and Signs of Safety mapping are attached.\n\n"
          "Kind regards\nSafeguarding and Quality Assurance Unit\nCalderdale Council\n"),
    attach="PEARSON - RCPC request - SoS mapping.docx",
    spec=[
        ("title", "Signs of Safety Conference Mapping - Review Child Protection Conference"),
        ("p", "Calderdale Council Children and Young People's Services"),
        ("p", "Conference: Review CPC (second review)"),
        ("p", "Wednesday 20 January 2027, 1.00pm - Halifax Town Hall, Committee Room A"),
        ("p", "Chair: Jonathan Riley    Social worker: Amir Shah"),
        ("p", "Plan categories: Sexual abuse; Neglect"),
        ("h1", "Who is in the family?"),
        ("p", "Chloe Pearson (born 08/01/2011) lives with her mother Michelle Pearson. Her brother Liam (18) lives in Bradford."),
        ("h1", "What are we worried about?"),
        ("p", "On 29/12/2026 Chloe was found in a car in Halifax with two adult men who had given her cannabis. Child sexual exploitation remains a considered risk: the Calderdale Exploitation Hub assessed her as medium risk on 04/01/2027."),
        ("p", "Liam has been linked by police to county lines drug supply; there is no suggestion that Chloe is involved in this."),
        ("h2", "Danger statement"),
        ("p", "Chloe's social worker, school and the Exploitation Hub are worried that adult men will sexually exploit Chloe when she stays out overnight, and that she may be raped or assaulted."),
        ("h1", "What's working well?"),
        ("p", "Chloe has returned to full-time education and talks to her learning mentor. Ms Pearson has stopped drinking since October."),
        ("h1", "What needs to happen?"),
        ("p", "Safety goal: Chloe spends her evenings with safe people that her mother knows, and she tells her mother or mentor if an adult asks to meet her."),
        ("p", "Scaling: on a scale from 0 (Chloe will be sexually exploited) to 10 (safe enough to end the plan) the social worker scored 3 and Ms Pearson 6."),
        ("h1", "Invited"),
        ("b", "Michelle Pearson (mother); Chloe (views via advocate)"),
        ("b", "Amir Shah, Social Worker"),
        ("b", "Calderdale Exploitation Hub - attendance requested"),
        ("b", "Brighouse High School - attendance requested"),
        ("b", "West Yorkshire Police (CPU) - report requested"),
    ],
))

CASES.append(dict(
    name="i-42-04-kirklees-prebirth-three-houses-previous-investigation-escalation",
    district="kirklees", kind="initial", pre_birth=True, date="2027-01-19", time="10:00", tick=False,
    harm=["sexual"], received=T("2027-01-11 09:35"),
    children=[("Unborn baby Hirst", None), ("Lacey Mitchell", "2018-05-14")],
    adults=["Jade Hirst", "Connor Walsh"],
    criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
    tags=["signs-of-safety", "three-houses", "docx", "district-kirklees", "initial", "pre-birth",
          "tick-report", "tickbox-conflict", "wakefield-rules", "hypothetical-trap"],
    notes="2023 police investigation of Mr Walsh for sexual abuse of Lacey (NFA) plus clear escalation (moved back in breach of the safety plan, Lacey's new account): previous_investigation_escalation; police decision on a new investigation is only awaited, so not current; Kirklees with Wakefield rules -> attend, report requested -> tickbox_conflict",
    sender=("Kirklees Child Protection Conference Service", "cp.conferences@kirklees.gov.uk"),
    subject="Pre-birth ICPC - HIRST / MITCHELL - 19 January 2027 [OFFICIAL-SENSITIVE]",
    body=("Good morning\n\nA pre-birth Initial Child Protection Conference has been arranged for Tuesday 19 January 2027 "
          "at 10am at Dewsbury Town Hall. Please see the attached conference request, which includes Lacey's Three Houses.\n\n"
          "Kind regards\nConference Service\nKirklees Council\n"),
    attach="HIRST pre-birth ICPC request incl Three Houses.docx",
    spec=[
        ("title", "Pre-Birth Initial Child Protection Conference - Request"),
        ("p", "Kirklees Council Children's Services - Strengthening Families / Signs of Safety"),
        ("p", "Conference: Pre-birth Initial Child Protection Conference"),
        ("p", "Date: 19/01/2027    Time: 10:00    Venue: Dewsbury Town Hall, Wakefield Old Road, Dewsbury"),
        ("p", "Chair: Martin Lockwood    Social worker: Rebecca Firth"),
        ("p", "Category requested: Sexual abuse"),
        ("h1", "Children"),
        ("p", "Unborn baby Hirst - expected date of delivery 26/03/2027"),
        ("p", "Lacey Mitchell - date of birth 14/05/2018 (half-sister, lives in the household)"),
        ("h1", "Adults"),
        ("p", "Jade Hirst - mother, date of birth 30/12/1996"),
        ("p", "Connor Walsh - father of the unborn baby, date of birth 21/06/1990"),
        ("h1", "What are we worried about?"),
        ("p", "In 2023 West Yorkshire Police investigated Mr Walsh for sexually abusing Lacey, then aged 5, after she said something worrying at nursery. The investigation ended with no further action because of insufficient evidence, and Ms Hirst agreed a safety plan that Mr Walsh would not live with Lacey."),
        ("p", "The risk is now escalating: Mr Walsh moved back into the home in November 2026 in breach of that safety plan, and on 05/01/2027 Lacey told her teacher that he comes into the bathroom when she is in the bath. This was shared with police at a strategy discussion on 06/01/2027; a police decision on whether to investigate is awaited."),
        ("h2", "Danger statement"),
        ("p", "We are worried that Mr Walsh may sexually abuse Lacey and, when the baby is born, the baby, and that Ms Hirst will not be able to keep them safe because she does not believe the earlier allegation."),
        ("h1", "What's working well?"),
        ("p", "Ms Hirst has attended all antenatal appointments. Lacey is doing well at school and has a trusted adult there."),
        ("h1", "What needs to happen?"),
        ("p", "Safety goal: Lacey and the baby live in a home where Mr Walsh is never alone with them, and a safety network of family members checks this every day."),
        ("p", "Scaling: 0 means the children will be sexually abused, 10 means they are safe enough: social worker 2, Ms Hirst 7, school 3."),
        ("h1", "Three Houses - completed with Lacey on 07/01/2027"),
        ("h2", "House of Worries"),
        ("p", "\"I don't like it when Connor comes in the bathroom. I don't like it when Mummy and Connor shout.\""),
        ("h2", "House of Good Things"),
        ("p", "\"My teacher Miss Kaye, my cat Biscuit, going to Nana's on Saturdays.\""),
        ("h2", "House of Dreams"),
        ("p", "\"A lock on the bathroom door. Me and Mummy and the baby and Nana.\""),
        ("h1", "Invited"),
        ("b", "Jade Hirst; Connor Walsh (to attend for part of the conference)"),
        ("b", "Rebecca Firth, Social Worker"),
        ("b", "Community Midwife, Dewsbury and District Hospital - attendance requested"),
        ("b", "Headfield Junior School - attendance requested"),
        ("b", "West Yorkshire Police (CPU) - report requested"),
    ],
))

CASES.append(dict(
    name="i-42-05-leeds-icpc-signs-of-safety-cse-alone-discuss",
    district="leeds", kind="initial", date="2027-01-04", time="09:30", tick=False,
    harm=["sexual"], received=T("2026-12-24 11:00"),
    children=[("Summer Lockwood", "2012-06-30")], adults=["Gemma Lockwood", "Stephen Lockwood"],
    criteria=["child_sexual_exploitation"], decision="discuss",
    tags=["signs-of-safety", "docx", "district-leeds", "initial", "tick-report", "leeds-cse-choice",
          "investigation-outside-family", "late-notice", "bank-holidays"],
    notes="CSE is the only criterion; Leeds' list has no CSE item -> discuss (POLICY choice); police are investigating an adult who is not family (online grooming), so not current_investigation (which needs abuse within the family); sent on Christmas Eve for Monday 4 January: 11 calendar days but only 4 working days (25, 28 Dec and 1 Jan are bank holidays) -> late_notice",
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="ICPC - LOCKWOOD - Monday 4 January 2027 09:30 - OFFICIAL-SENSITIVE",
    body=("Hello\n\nPlease find the request for an Initial Child Protection Conference for Summer Lockwood attached. "
          "Monday 4 January 2027 at 9.30am, Merrion House. Sorry this is over the holidays - the Chair wanted it held as early as possible.\n\nIntegrated Safeguarding Unit\nLeeds City Council\n"),
    attach="LOCKWOOD ICPC request.docx",
    spec=[
        ("title", "Initial Child Protection Conference - Request (Signs of Safety)"),
        ("p", "Conference: Initial Child Protection Conference"),
        ("p", "Date: 04/01/2027    Time: 09:30    Venue: Merrion House, Leeds LS2 8BB, Room 3B"),
        ("p", "Chair: Ruth Ackroyd    Social worker: Daniel Okoro    Mosaic ID: MOS774410"),
        ("p", "Category requested: Sexual abuse"),
        ("h1", "Family"),
        ("p", "Summer Lockwood, 30/06/2012, Roundhay School"),
        ("p", "Gemma Lockwood, mother; Stephen Lockwood, father (both live with Summer)"),
        ("h1", "What are we worried about?"),
        ("p", "Summer has been sending sexual images to a man in his thirties whom she met on a gaming site and who has asked to meet her. She has been missing twice, returning late with money she cannot explain. The CSE risk assessment completed on 21/12/2026 identified a significant risk of child sexual exploitation."),
        ("p", "West Yorkshire Police are investigating the adult male, who is not known to the family, for online grooming offences."),
        ("h2", "Danger statement"),
        ("p", "We are worried that Summer will meet adults she has talked to online and be sexually exploited or assaulted."),
        ("h1", "What's working well?"),
        ("p", "Mr and Mrs Lockwood contacted the police as soon as they found the messages and have put parental controls on Summer's devices. There are no concerns about the care Summer receives at home."),
        ("h1", "What needs to happen?"),
        ("p", "Safety goal: Summer uses the internet safely, tells her parents when an adult contacts her, and is home when agreed."),
        ("p", "Scaling (0-10): social worker 4, Mr and Mrs Lockwood 6."),
        ("h1", "Invited"),
        ("b", "Gemma and Stephen Lockwood"),
        ("b", "Roundhay School DSL - attendance requested"),
        ("b", "Leeds Safeguarding Children Partnership Exploitation Team - attendance requested"),
        ("b", "West Yorkshire Police (CPU) - report requested"),
        ("p", "Please send reports to the ISU no later than 24 hours before the conference."),
    ],
))

CASES.append(dict(
    name="i-42-06-wakefield-icpc-signs-of-safety-negations-report-only",
    district="wakefield", kind="initial", date="2027-01-18", time="13:30", tick=False,
    harm=["neglect", "physical"], received=T("2027-01-04 10:15"),
    children=[("Harvey Naylor", "2021-02-19")], adults=["Chantelle Naylor", "Ryan Naylor"],
    criteria=["prior_unit_involvement"], decision="report_only",
    tags=["signs-of-safety", "docx", "district-wakefield", "initial", "tick-report", "negations",
          "rso-elsewhere-trap", "nfa-historical"],
    notes="the only police matter is the August 2026 investigation of the bruise, closed NFA, with no further injuries (prior_unit_involvement, not escalation); the RSO uncle lives in Aberdeen with no contact since 2015; CSE screening no risk; not in Wakefield's list -> report_only",
    sender=("Tom Castle", "tom.castle@wakefield.gov.uk"),
    subject="ICPC request NAYLOR 18.01.27 (OFFICIAL-SENSITIVE)",
    body=("Afternoon\n\nPlease see attached request for an ICPC for Harvey Naylor on Monday 18 January 2027 at 1.30pm, "
          "Castleford Civic Centre. Happy new year.\n\nTom Castle\nSocial Worker, Five Towns Locality Team\nWakefield Council\n"),
    attach="NAYLOR Harvey ICPC request.docx",
    spec=[
        ("title", "Request for Initial Child Protection Conference"),
        ("p", "Wakefield Council Children and Young People's Service - Signs of Safety"),
        ("p", "Conference: Initial CPC    Date: 18/01/2027    Time: 1.30pm"),
        ("p", "Venue: Castleford Civic Centre, Ferrybridge Road, Castleford WF10 4JH"),
        ("p", "Chair: Alison Dearden    Social worker: Tom Castle    CareDirector ID: CD425113"),
        ("p", "Categories requested: Neglect; Physical abuse"),
        ("h1", "Child and parents"),
        ("p", "Harvey Naylor, date of birth 19/02/2021"),
        ("p", "Chantelle Naylor (mother) and Ryan Naylor (father) - both live with Harvey"),
        ("h1", "What are we worried about?"),
        ("p", "Harvey's nursery has recorded poor hygiene, hunger and untreated nappy rash since October, and he has missed two hospital appointments for his eczema."),
        ("p", "In August 2026 Harvey had a bruise to his cheek that nobody could explain. West Yorkshire Police investigated and the case was closed with no further action; there have been no further injuries since then."),
        ("p", "Mr Naylor's brother, who is a registered sex offender, lives in Aberdeen and has had no contact with the family since 2015."),
        ("h2", "Danger statement"),
        ("p", "Social care and nursery are worried that Harvey will go hungry and his health will suffer because his parents' drug use means they do not notice what he needs."),
        ("h1", "What's working well?"),
        ("p", "Harvey is warmly attached to both parents. His paternal grandmother visits daily. The CSE screening tool is not applicable to a child of Harvey's age, and no other exploitation concerns have been raised."),
        ("h1", "What needs to happen?"),
        ("p", "Safety goal: Harvey is fed, clean and taken to every health appointment, with his grandmother checking daily."),
        ("p", "Scaling 0-10: social worker 4, parents 8, nursery 4."),
        ("h1", "Invited"),
        ("b", "Chantelle and Ryan Naylor"),
        ("b", "Little Stars Nursery - attendance requested"),
        ("b", "Health Visitor - attendance requested"),
        ("b", "Pinderfields Dermatology - report requested"),
        ("b", "West Yorkshire Police (CPU) - report requested"),
    ],
))

CASES.append(dict(
    name="i-42-07-bradford-rcpc-signs-of-safety-html-domestic-abuse-bail",
    district="bradford", kind="review", date="2027-01-28", time="10:00", tick=None,
    harm=["emotional"], received=T("2027-01-21 12:10"),
    children=[("Aleena Mahmood", "2016-11-02"), ("Rayyan Mahmood", "2020-04-25")],
    adults=["Nazia Mahmood", "Tariq Mahmood"],
    criteria=["domestic_abuse_current_involvement"], decision="discuss",
    flags_unsure=["tickbox_ambiguous", "no_booking_form"],
    tags=["signs-of-safety", "html-body", "district-bradford", "review", "tick-absent",
          "wakefield-rules"],
    notes="review; a new DA incident with bail conditions, MARAC 14/01/2027 and a police DA officer = current police involvement in serious DA -> discuss (review rule), Bradford with Wakefield rules; police are listed as invitees with no report/attendance status -> null",
    sender=("Bradford Children's Services CP Admin", "cp.admin@bradford.gov.uk"),
    subject="RCPC MAHMOOD Thursday 28/01/2027 - OFFICIAL-SENSITIVE",
    attach=None,
    spec=[
        ("p", "Dear colleagues,"),
        ("p", "Please see below the Signs of Safety summary for the review child protection conference for Aleena and Rayyan Mahmood."),
        ("title", "Review Child Protection Conference - Signs of Safety summary"),
        ("p", "Thursday 28 January 2027, 10:00am - Microsoft Teams (link to follow)"),
        ("p", "Chair: Farah Qureshi | Social worker: Kelly Fawcett | Plan category: Emotional abuse | First review"),
        ("p", "Children: Aleena Mahmood (02/11/2016), Rayyan Mahmood (25/04/2020)"),
        ("p", "Parents: Nazia Mahmood (mother), Tariq Mahmood (father)"),
        ("h1", "What are we worried about?"),
        ("p", "On 28/12/2026, while the children were in the house, Mr Mahmood pushed Ms Mahmood down the stairs. He was arrested and released on police bail with conditions not to attend the family home. Ms Mahmood was heard at MARAC on 14/01/2027 and is supported by an IDVA and by a West Yorkshire Police domestic abuse officer."),
        ("p", "Danger statement: the children will be frightened and emotionally harmed, and could be physically hurt, if Mr Mahmood returns home and the violence continues."),
        ("h1", "What's working well?"),
        ("p", "Ms Mahmood has followed the safety plan and has applied for a non-molestation order. Aleena talks to her teacher about how she feels."),
        ("h1", "What needs to happen?"),
        ("p", "Safety goal: the children live free from violence and their mother is supported to keep them safe if Mr Mahmood breaches his bail."),
        ("p", "Scaling 0-10: social worker 4, Ms Mahmood 6, school 5."),
        ("h1", "Invited"),
        ("b", "Nazia Mahmood"),
        ("b", "Kelly Fawcett, Social Worker"),
        ("b", "Girlington Primary School - attendance requested"),
        ("b", "Staying Put IDVA service - report requested"),
        ("b", "West Yorkshire Police (CPU)"),
        ("p", "Kind regards, CP Admin Team, Bradford Children's Social Care"),
    ],
))


def build(c):
    s_name, s_addr = c["sender"]
    if c.get("attach"):
        data, texts = make_docx(c["spec"])
        eml = build_eml(seed=c["name"], sender_name=s_name, sender=s_addr, to=POLICE[c["district"]],
                        subject=c["subject"], received=c["received"], body_text=c["body"],
                        attachments=[(c["attach"], data, "application",
                                      "vnd.openxmlformats-officedocument.wordprocessingml.document")])
        c["source_texts"] = [c["subject"], c["body"]] + texts + [c["attach"]]
    else:
        inner, texts = make_html(c["spec"])
        page = ('<html><head><meta charset="utf-8"><style>body{font-family:Calibri,Arial;font-size:11pt}</style>'
                '</head><body><div class="marking" style="color:#c00;font-weight:bold">OFFICIAL-SENSITIVE</div>\n'
                + inner + "\n</body></html>")
        eml = build_eml(seed=c["name"], sender_name=s_name, sender=s_addr, to=POLICE[c["district"]],
                        subject=c["subject"], received=c["received"], body_html=page)
        c["source_texts"] = [c["subject"], "OFFICIAL-SENSITIVE"] + texts
    return eml
