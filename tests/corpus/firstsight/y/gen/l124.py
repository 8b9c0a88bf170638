"""Layout 124 - heavy signatures and disclaimers: a short real message wrapped in long legal notices,
safeguarding slogans, job titles with police / domestic-abuse / CSE words and confidentiality notices,
none of which is about this family."""
import datetime as dt

from common import auth_pass, base, finish, gmt, html_text, outlook_html, write_case

WAKE_DISC = (
    "Keeping children safe is everyone's business. If you think a child is in immediate danger, call the police on 999. "
    "If you are worried about a child in Wakefield, contact the Integrated Front Door on 0345 8 503 503 (out of hours 0345 8 503 503 option 2).\n\n"
    "Are you, or is someone you know, experiencing domestic abuse? You are not alone. Call West Yorkshire Police on 101 "
    "(999 in an emergency), Wakefield District Domestic Abuse Service on 0800 915 1561, or the National Domestic Abuse Helpline on 0808 2000 247.\n\n"
    "Child sexual exploitation - know the signs. Missing from home, unexplained gifts, older 'boyfriends'? Report your concerns "
    "to West Yorkshire Police or Crimestoppers anonymously on 0800 555 111.\n\n"
    "CONFIDENTIALITY NOTICE: The information in this email and any attachments is confidential and may be legally privileged. "
    "It is intended solely for the addressee(s). It may contain information relating to a police investigation, a prosecution, "
    "or a registered sex offender management process; if so, disclosure to anyone other than the intended recipient may be a criminal offence. "
    "If you have received this email in error please notify the sender immediately and delete it from your system. "
    "Wakefield Council (Wakefield Metropolitan District Council) is registered with the Information Commissioner as a data controller "
    "(registration Z5834112). Emails sent to and from the Council may be monitored and recorded for lawful business purposes, "
    "including the prevention and detection of crime. Any views or opinions expressed are those of the author and do not necessarily "
    "represent those of the Council. The Council accepts no liability for any virus transmitted by this email.\n\n"
    "Please consider the environment before printing this email.")

LEEDS_DISC = (
    "Child Friendly Leeds - working to make Leeds the best city in the UK to grow up in.\n\n"
    "Leeds Safeguarding Children Partnership: if you are worried that a child is being abused or neglected, call Children's "
    "Social Work Service Duty and Advice on 0113 376 0336 (out of hours 0113 535 0600). If a child is in immediate danger, call the police on 999.\n\n"
    "Leeds is committed to tackling child sexual exploitation and child criminal exploitation. If you have information about a child "
    "being exploited, report it to West Yorkshire Police on 101 or online.\n\n"
    "Leeds Domestic Violence Service 24-hour helpline: 0113 246 0401. MARAC referrals: see the Leeds Safeguarding Children Partnership website.\n\n"
    "This email and any attachments are confidential and may be protected by legal privilege, including where they relate to police "
    "investigations, MAPPA or offender management. If you are not the intended recipient, please notify the sender immediately, delete it "
    "and do not copy, use or disclose its contents. Leeds City Council monitors its email system for security, the prevention and detection "
    "of crime and compliance with its policies. Leeds City Council does not accept service of legal documents by email.")

CALD_DISC = (
    "See something, say something. If you think a child or young person is at risk of harm, call the police on 999 or Calderdale "
    "Multi-Agency Screening Team (MAST) on 01422 393336.\n\n"
    "Calderdale Domestic Abuse Hub: 01422 431 525 | Calderdale Safeguarding Partnership: exploitation, county lines and child sexual "
    "exploitation - learn the signs at safeguarding.calderdale.gov.uk.\n\n"
    "IMPORTANT: This email and any attachment are intended only for the named recipient(s) and may contain OFFICIAL-SENSITIVE information. "
    "Calderdale Metropolitan Borough Council is subject to the Freedom of Information Act 2000. Information in this email may be disclosed "
    "unless an exemption applies, for example where disclosure would prejudice a police investigation, the prevention or detection of crime "
    "or the apprehension or prosecution of offenders. If you receive this email in error, please tell the sender and delete it. "
    "Calderdale Council cannot guarantee that this email or any attachment is free of viruses.")

BRAD_DISC = (
    "If you think a child is in danger, call the police on 999. If you are worried about a child in Bradford district, call the Children's "
    "Initial Contact Point on 01274 435600.\n\n"
    "Domestic abuse? You are not alone - call West Yorkshire Police on 101, or Bradford District Domestic Abuse and Sexual Violence "
    "helpline. Forced marriage and honour-based abuse: call 999 in an emergency.\n\n"
    "Prevent: if you are concerned that someone is being radicalised, contact the police on 101.\n\n"
    "DISCLAIMER: The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. "
    "Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any "
    "action taken or omitted to be taken in reliance on it, is prohibited and may be unlawful. City of Bradford Metropolitan District Council "
    "monitors email communications. This email has been scanned for viruses and malware by Mimecast. Sexual offences, exploitation and "
    "domestic abuse information in this email must be handled in line with the Bradford Partnership information sharing agreement.")

KIRK_DISC = (
    "Kirklees Safeguarding Children Partnership - if you believe a child is at immediate risk call 999. For all other concerns contact "
    "the Duty and Advice Team on 01484 456848.\n\n"
    "Our exploitation team works with West Yorkshire Police to tackle child sexual exploitation, county lines and modern slavery.\n\n"
    "This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they "
    "are addressed. If you have received this email in error please notify the system manager. This message contains confidential information "
    "and is intended only for the individual named. If you are not the named addressee you should not disseminate, distribute or copy this "
    "e-mail. Kirklees Council reserves the right to monitor all email communications through its networks.")


def c01():
    c = base("y-124-01-wakefield-initial-job-titles-slogans-report-only", "wakefield", "Stacey Foulds",
             "stacey.foulds@wakefield.gov.uk", "ICPC - STEAD - 13/01/2027 10:00", gmt(2027, 1, 6, 9, 30))
    c["text"] = ("Good morning,\n\n"
                 "ICPC details for Mia Stead below.\n\n"
                 "Type: Initial Child Protection Conference\n"
                 "Date/time: Wednesday 13/01/2027 at 10:00\n"
                 "Venue: Pontefract Town Hall, Room 2\n"
                 "Chair: Lorraine Beevers | SW: Aidan Stocks | CareDirector: CD-902271 | Category: Neglect\n"
                 "Child: Mia Stead, DOB 05/05/2020, Carleton Park Primary\n"
                 "Parents: Laura Stead (mother) 22/10/1994; Nathan Stead (father) 30/01/1992\n"
                 "West Yorkshire Police: [ ] attendance required   [X] written report sufficient\n"
                 "Reason: neglect - home conditions, untreated dental decay and Mia's poor attendance. The family are not known to the police "
                 "and there has been no police involvement.\n\n"
                 "Many thanks,\n\n"
                 "Stacey Foulds\n"
                 "Business Support Officer | Safeguarding & Review Unit\n"
                 "Domestic Abuse Champion | CSE Lead (Business Support) | Operation Encompass Key Adult\n"
                 "Children and Young People's Service | Wakefield Council | Wakefield One, PO Box 700, Burton Street, WF1 2EB\n"
                 "Tel: 01924 305560 | Working days Mon-Thu\n\n"
                 "--------------------------------------------------------------------\n"
                 + WAKE_DISC + "\n")
    c["label"] = dict(district="wakefield", kind="initial", date="2027-01-13", time="10:00", tick=False, harm=["neglect"],
                      children=[("Mia Stead", "2020-05-05")], adults=["Laura Stead", "Nathan Stead"], criteria=[],
                      decision="report_only",
                      tags=["heavy-signature", "disclaimer-slogans", "district-wakefield", "initial", "tick-report", "no-criterion", "safe-report-only"],
                      notes="neglect with no police involvement and written report ticked: report only; the signature's DA/CSE/Operation Encompass titles and the footer's 999 / domestic abuse / CSE / 'registered sex offender management' slogans are not about this family; notice exactly 5 working days")
    return finish(c)


def c02():
    c = base("y-124-02-leeds-initial-notification-requirements-attend", "leeds", "Hamza Iqbal",
             "hamza.iqbal@leeds.gov.uk", "ICPC - Amber FAIRBURN - Mon 7 Dec 1pm", gmt(2026, 11, 26, 11, 11), style="mimecast")
    html = outlook_html(f"""
<p class="MsoNormal">Hi,</p>
<p class="MsoNormal">Initial CPC for Amber Fairburn (DOB 17/07/2014) &ndash; Monday 7 December 2026, 1pm, Microsoft Teams. Chair: Yasmin Dar. Mosaic 7719204. Category: sexual.</p>
<p class="MsoNormal">Household: Tracy Fairburn (mum, 04/04/1986) and Glen Pybus (mum&rsquo;s partner, 15/12/1979), who has been staying four or five nights a week since September.</p>
<p class="MsoNormal">Reason: a Sarah&rsquo;s Law disclosure to Ms Fairburn on 18/11 confirmed that Mr Pybus is subject to sex offender notification requirements following a 2016 conviction for offences against a 13-year-old girl. Ms Fairburn has not asked him to leave and Amber says he has been taking her to school.</p>
<p class="MsoNormal">Report to the ISU please, 24 hours before.</p>
<p class="MsoNormal">Thanks<br>Hamza</p>
<p class="MsoNormal"><b>Hamza Iqbal</b><br>Senior Practitioner | Child Exploitation &amp; Missing Team (co-located with West Yorkshire Police, Elland Road)<br>Children and Families | Leeds City Council<br>0113 378 6650 | Pronouns: he/him</p>
<p class="MsoNormal"><img src="cid:image001.png@01DB4F2E.1A2B3C40" alt="Child Friendly Leeds logo" width="120" height="40"></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#595959">{LEEDS_DISC.replace(chr(10)+chr(10), '<br><br>')}</span></p>""")
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="leeds", kind="initial", date="2026-12-07", time="13:00", tick=None, harm=["sexual"],
                      children=[("Amber Fairburn", "2014-07-17")], adults=["Tracy Fairburn", "Glen Pybus"],
                      criteria=["registered_sex_offender"], decision="attend", unscored_flags=["no_booking_form"],
                      tags=["heavy-signature", "disclaimer-slogans", "mimecast", "district-leeds", "initial", "tick-absent"],
                      notes="mother's partner staying most nights is 'subject to sex offender notification requirements' (an RSO, not the stock phrase): Leeds item 6 -> attend; the sender's exploitation-team title and the footer's CSE/MARAC/MAPPA slogans are noise")
    return finish(c)


def c03():
    c = base("y-124-03-calderdale-initial-prior-arrest-foi-footer-attend", "calderdale", "Beverley Shaw",
             "beverley.shaw@calderdale.gov.uk", "Initial CP conference - WHITELEY - 15/12/26 10am", gmt(2026, 12, 4, 14, 45))
    c["text"] = ("Hello,\n\n"
                 "An ICPC has been arranged for Ella Whiteley (DOB 01/09/2019) on Tuesday 15th December 2026 at 10am, Halifax Town Hall, "
                 "Committee Room B. Chair Sandra Horsfield; social worker Nicola Pitts; LCS-690032; category emotional abuse.\n\n"
                 "Parents: Kirsty Whiteley (03/03/1995) and Jordan Whiteley (09/06/1993), both at home.\n\n"
                 "Reason: Ella (7) has been left to look after her baby brother while both parents were using cocaine; she told school she "
                 "is 'scared when mummy and daddy go funny'. The strategy discussion on 27/11 agreed a single-agency s47.\n\n"
                 "Police history: in 2023 Mr Whiteley was arrested by the Calderdale safeguarding unit on suspicion of assaulting Ella's "
                 "older half-brother (then aged 6); that was NFA'd for insufficient evidence. The half-brother has lived with his own "
                 "father in Wigan since 2024.\n\n"
                 "Regards\n\n"
                 "Beverley Shaw\n"
                 "Administrator - Child Protection Conferences\n"
                 "Calderdale Domestic Abuse Hub & Safeguarding Partnership Business Unit (hot-desking)\n"
                 "Calderdale Council, Northgate House, Halifax HX1 1UN\n"
                 "Tel: 01422 392 207\n\n"
                 "==============================================================\n"
                 + CALD_DISC + "\n==============================================================\n")
    c["label"] = dict(district="calderdale", kind="initial", date="2026-12-15", time="10:00", tick=None, harm=["emotional"],
                      children=[("Ella Whiteley", "2019-09-01")], adults=["Kirsty Whiteley", "Jordan Whiteley"],
                      criteria=["prior_unit_involvement"], decision="attend", unscored_flags=["no_booking_form"],
                      tags=["heavy-signature", "foi-footer", "district-calderdale", "initial", "tick-absent", "prior-involvement"],
                      notes="the father's 2023 arrest by the safeguarding unit for assaulting a child (NFA) is previous significant unit involvement -> Calderdale attend; the FOI footer's 'prejudice a police investigation' and the Domestic Abuse Hub in the signature are noise; current concern is not a police matter")
    return finish(c)


def c04():
    c = base("y-124-04-bradford-review-disclaimers-report-only", "bradford", "Gemma Ellis",
             "gemma.ellis@bradford.gov.uk", "Review CPC - BROOK - Wednesday 24 February 2027", gmt(2027, 2, 10, 12, 0), style="mimecast")
    html = outlook_html(f"""
<p class="MsoNormal">Dear West Yorkshire Police,</p>
<p class="MsoNormal">Review child protection conference for <b>Logan Brook</b> (12/12/2012) and <b>Darcey Brook</b> (03/04/2015), mother <b>Leah Brook</b> (28/08/1989).</p>
<p class="MsoNormal">Wednesday 24/02/2027, 10:00am, City Hall, Bradford (Room 14) &ndash; Chair: Victoria Lumb &ndash; Category: emotional abuse.</p>
<p class="MsoNormal">There has been no police involvement with the family since the initial conference in September; the core group is the social worker, school, school nurse and Ms Brook. A written report will be fine for this review.</p>
<p class="MsoNormal">Kind regards</p>
<p class="MsoNormal">Gemma Ellis<br>Social Worker | Signs of Safety Practice Lead | Domestic Abuse Lead Practitioner (Keighley)<br>Registered with Social Work England SW118230<br>Children&rsquo;s Social Care | City of Bradford Metropolitan District Council | Britannia House, Hall Ings, BD1 1HX</p>
<p class="MsoNormal"><i>&ldquo;Safer Bradford: Protecting children from sexual exploitation, domestic abuse and radicalisation is everyone&rsquo;s responsibility.&rdquo;</i></p>
<p class="MsoNormal"><span style="font-size:7pt">{BRAD_DISC.replace(chr(10)+chr(10), '<br><br>')}</span></p>""")
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="bradford", kind="review", date="2027-02-24", time="10:00", tick=None, harm=["emotional"],
                      children=[("Logan Brook", "2012-12-12"), ("Darcey Brook", "2015-04-03")], adults=["Leah Brook"],
                      criteria=[], decision="report_only", unscored_flags=["no_booking_form", "tickbox_ambiguous"],
                      tags=["heavy-signature", "disclaimer-slogans", "district-bradford", "review", "tick-absent", "no-criterion", "safe-report-only"],
                      notes="review with no police involvement since the ICPC, police not in the core group: report only; the slogans (999, DA, forced marriage, Prevent, CSE) and the 'Registered with Social Work England' / 'Domestic Abuse Lead' signature are noise")
    return finish(c)


def c05():
    c = base("y-124-05-kirklees-initial-di-agreed-attend", "kirklees", "Andrew Sykes",
             "andrew.sykes@kirklees.gov.uk", "ICPC OLDROYD 01/02/2027 - police attendance agreed", gmt(2027, 1, 19, 10, 5))
    c["text"] = ("Hi all,\n\n"
                 "Initial child protection conference for Jacob Oldroyd (27/11/2018): Monday 1 February 2027, 2pm, Huddersfield Town Hall, "
                 "Reception Room. Chair: Fiona Bamforth. Category: physical abuse.\n"
                 "Parents: Sophie Oldroyd (11/05/1990) and Callum Oldroyd (06/10/1988).\n\n"
                 "Jacob came to A&E on 12/01 with burns across the back of his hand and the parents gave different accounts. The strategy "
                 "discussion on 14/01 agreed a single-agency s47 while a second medical opinion is obtained; police are not investigating at present.\n\n"
                 "Police attendance: REQUIRED. The chair spoke with DI Rachael Booth (Kirklees Safeguarding Unit) on 18/01 and it was agreed "
                 "that an officer from the unit will attend this conference.\n\n"
                 "Regards,\n"
                 "Andrew Sykes\n"
                 "Conference Co-ordinator\n"
                 "Kirklees Safeguarding Children Partnership - Police Liaison & Multi-Agency Training (seconded from Kirklees Council)\n"
                 "Civic Centre 1, Huddersfield HD1 2NF\n"
                 "Mobile 07812 665 019\n\n"
                 "**********************************************************************\n"
                 + KIRK_DISC + "\n**********************************************************************\n")
    c["label"] = dict(district="kirklees", kind="initial", date="2027-02-01", time="14:00", tick=True, harm=["physical"],
                      children=[("Jacob Oldroyd", "2018-11-27")], adults=["Sophie Oldroyd", "Callum Oldroyd"],
                      criteria=["negotiated_attendance"], decision="attend", unscored_flags=["no_booking_form"],
                      tags=["heavy-signature", "police-words-in-title", "district-kirklees", "initial", "tick-attend", "negotiated"],
                      notes="chair and DI agreed an officer will attend (item 8) -> attend (Wakefield rules for Kirklees); police are explicitly not investigating (no current_investigation); 'Police Liaison' job title is the sender's, not a criterion")
    return finish(c)


def c06():
    c = base("y-124-06-wakefield-initial-sent-friday-received-monday-late", "wakefield", "Joanne Whitworth",
             "joanne.whitworth@wakefield.gov.uk", "Short notice ICPC Tuesday 15/12 - GAUKROGER", gmt(2026, 12, 14, 7, 3))
    c["received"] = [
        ("mail1.wakefield.gov.uk (mail1.wakefield.gov.uk [198.51.100.183])", "mx1.westyorkshire.police.uk with ESMTPS id 5D0E8B12AF", gmt(2026, 12, 14, 7, 3)),
        ("EXCH04.corp.local (10.14.139.40)", "mail1.wakefield.gov.uk with Microsoft SMTP Server (queued: remote host deferred)", gmt(2026, 12, 11, 17, 42, 10)),
    ]
    c["date_hdr"] = gmt(2026, 12, 11, 17, 41, 3)
    c["text"] = ("Hi,\n\n"
                 "Apologies for the short notice - this ICPC has been brought forward by the service manager.\n\n"
                 "Initial CPC - Tuesday 15 December 2026, 9.30am, Wakefield One, Room 6\n"
                 "Chair: Philip Crowther | SW: Kerry-Ann Mellor | CD-934410 | Category: neglect\n"
                 "Child: Noah Gaukroger (DOB 19/02/2024)\n"
                 "Mother: Abbie Gaukroger (DOB 01/12/2004)\n"
                 "Police: attendance requested - YES\n"
                 "Concerns: Noah has lost weight over three months and has been seen by the health visitor in a cold flat with no food. "
                 "No police involvement is known; the social worker would like police checks on mum's new friends who are visiting.\n\n"
                 "Thanks\n\n"
                 "Joanne Whitworth\n"
                 "Team Administrator\n"
                 "Safeguarding & Review Unit | Children and Young People's Service | Wakefield Council\n"
                 "Wakefield One, Burton Street, Wakefield WF1 2EB\n"
                 "My working hours may not be your working hours - please do not feel obliged to reply outside yours.\n\n"
                 + WAKE_DISC + "\n")
    c["label"] = dict(district="wakefield", kind="initial", date="2026-12-15", time="09:30", tick=True, harm=["neglect"],
                      children=[("Noah Gaukroger", "2024-02-19")], adults=["Abbie Gaukroger"], criteria=[],
                      decision="discuss", unscored_flags=["no_booking_form"],
                      tags=["heavy-signature", "delayed-delivery", "district-wakefield", "initial", "tick-attend", "late-notice", "deadline-passed", "no-criterion"],
                      notes="written Friday 11/12 17:41 but the newest Received header is Monday 14/12 07:03: 1 working day's notice (late) and the report deadline (Thu 10/12) has passed; no criterion, attendance requested -> discuss")
    return finish(c)


def c07():
    c = base("y-124-07-unknown-initial-dmarc-fail-spoofed-bradford", "bradford", "Children's Social Care Bradford",
             "childrens.socialcare@bradford.gov.uk", "ICPC - TOLSON - 17/12/2026 - action required", gmt(2026, 12, 8, 9, 52))
    c["received"] = [
        ("mta7.bulk-relay-mailer.net (mta7.bulk-relay-mailer.net [203.0.113.201])", "mx1.westyorkshire.police.uk with ESMTPS id 1B77C3E4D2", gmt(2026, 12, 8, 9, 52)),
        ("[192.0.2.45] (helo=desktop-7kq2)", "mta7.bulk-relay-mailer.net with ESMTPA", gmt(2026, 12, 8, 9, 51, 30)),
    ]
    c["auth"] = ("mx1.westyorkshire.police.uk; dkim=none (message not signed)\n header.d=none; spf=fail (sender IP is 203.0.113.201)\n"
                 " smtp.mailfrom=bradford.gov.uk; dmarc=fail action=quarantine\n header.from=bradford.gov.uk")
    c["text"] = ("Dear Police,\n\n"
                 "Initial Child Protection Conference: Thursday 17/12/2026, 11:00, Margaret McMillan Tower.\n"
                 "Child: Summer Tolson, 10/10/2016. Mother: Lisa Tolson, 05/05/1990.\n"
                 "Reason: Summer was taken into police protection on 04/12/2026 after being found wandering at night.\n"
                 "Police attendance is required. Please confirm your officer's name, collar number and mobile number by reply.\n\n"
                 "Children's Social Care\nCity of Bradford Metropolitan District Council\n\n" + BRAD_DISC + "\n")
    c["label"] = dict(district=None, kind="initial", date="2026-12-17", time="11:00", tick=True, harm=None,
                      children=[("Summer Tolson", "2016-10-10")], adults=["Lisa Tolson"], criteria=["police_protection"],
                      decision="manual_review", flags_required=["unverified_sender"],
                      tags=["heavy-signature", "dmarc-fail", "spoofed", "unverified-sender"],
                      notes="From claims bradford.gov.uk but the police gateway's Authentication-Results report spf=fail and dmarc=fail (sent through a bulk relay): unverified_sender -> manual_review whatever the content")
    return finish(c)


CASES = [c01, c02, c03, c04, c05, c06, c07]

if __name__ == "__main__":
    for f in CASES:
        write_case(f())
