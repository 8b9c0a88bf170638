"""Layout 68: the invitation is a formal letter written in the body of the email (HTML + plain).

No form and no tick box: the children are listed in a sentence with their dates of birth written
out, the adults are named in prose, the date/time sits in a sentence, and the police request is
embedded in a sentence ("We would be grateful if an officer could attend" / "a written report
will suffice"). Includes a rescheduling letter (old date first) and a cancellation letter.
"""
import html as H
from common import Texts, build_eml, write_case, d, DISCLAIMER

LAYOUT = 68


def render(c, texts):
    paras = c["letter"]
    head = c["letterhead"]
    plain_lines = head + [""] + [c["letter_date"], "", c["ref_line"], ""] + [c["salutation"], "", c["re_line"], ""]
    for p in paras:
        plain_lines += [p, ""]
    plain_lines += c["closing"] + ["", DISCLAIMER]
    plain = "\n".join(plain_lines)
    texts.add(*head, c["letter_date"], c["ref_line"], c["salutation"], c["re_line"], *paras, *c["closing"], DISCLAIMER, plain)
    texts.add("\n".join(c["closing"]))
    e = H.escape
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
         '<body style="font-family:Arial,sans-serif;font-size:11pt;color:#1f1f1f">',
         '<table width="100%" cellpadding="0" cellspacing="0" style="border-bottom:2px solid #00558c"><tr>',
         f'<td style="font-size:16pt;font-weight:bold;color:#00558c">{e(head[0])}</td>',
         '<td align="right" style="font-size:9pt">' + "<br>".join(e(x) for x in head[1:]) + '</td></tr></table>',
         f'<p style="text-align:right">{e(c["letter_date"])}</p>',
         f'<p style="font-size:9pt">{e(c["ref_line"])}</p>',
         f'<p>{e(c["salutation"])}</p>',
         f'<p><b><u>{e(c["re_line"])}</u></b></p>']
    for p in paras:
        h.append(f'<p style="text-align:justify">{e(p)}</p>')
    h.append('<p>' + "<br>".join(e(x) for x in c["closing"]) + '</p>')
    h.append(f'<p style="font-size:8pt;color:#777">{e(DISCLAIMER)}</p></body></html>')
    return plain, "\n".join(h)


def lh(council, unit, addr, tel):
    return [council, unit, addr, tel]


CASES = [
    dict(slug="n-68-01-leeds-icpc-letter-body-negotiated-attendance-three-children",
         district="leeds", kind="initial", date="2027-01-05", time="10:00", received=d("2026-12-17 16:10"),
         sender=("Thandiwe Moyo", "thandiwe.moyo"),
         subject="Letter of invitation - Initial Child Protection Conference - HAMID children",
         letterhead=lh("Leeds City Council", "Children and Families \u2013 Integrated Safeguarding Unit", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB", "Tel 0113 378 2045"),
         letter_date="17 December 2026", ref_line="Our ref: ISU/TM/MOS611902", salutation="Dear Detective Sergeant,",
         re_line="Re: Initial Child Protection Conference \u2013 Yusuf, Maryam and Zain Hamid",
         letter=["I am writing to invite West Yorkshire Police to an Initial Child Protection Conference which will consider the safety of Yusuf Hamid (born 3 February 2015), Maryam Hamid (born 19 June 2017) and Zain Hamid (born 2 March 2021), who live with their mother, Rukhsana Hamid, and her partner, Kyle Brannigan, in Harehills.",
                 "The conference will take place on Tuesday 5 January 2027 at 10.00am at Merrion House, Room 6.04, and I will chair it.",
                 "The conference has been called because on 10 December Maryam told her teacher that Mr Brannigan had touched her private parts when her mother was out. A joint investigation with the police is under way: Maryam has been visually recorded interviewed and Mr Brannigan was interviewed under caution on 14 December and remains under investigation. He has moved to his mother's address while enquiries continue.",
                 "Following my conversation with Detective Inspector Claire Royston on 16 December, it has been agreed that an officer from the Leeds District Safeguarding Unit will attend. We would be grateful if that officer could also bring a written report, which should reach the Integrated Safeguarding Unit no later than 24 hours before the conference.",
                 "Mrs Hamid will attend with an Urdu interpreter. Mr Brannigan has been told he will be seen separately by the chair before the conference."],
         closing=["Yours sincerely,", "Thandiwe Moyo", "Child Protection Conference Chair", "Integrated Safeguarding Unit, Leeds City Council"],
         tick=True, children=[("Yusuf Hamid", "2015-02-03"), ("Maryam Hamid", "2017-06-19"), ("Zain Hamid", "2021-03-02")],
         adults=["Rukhsana Hamid", "Kyle Brannigan"], harm=["sexual"], criteria=["current_investigation", "negotiated_attendance"], expect="attend",
         unscored=["no_booking_form"],
         tags=["letter-body-html", "district-leeds", "initial", "tick-attend-in-prose", "negotiated", "children-in-sentence", "christmas-holidays"],
         notes="joint investigation, suspect interviewed under caution and under investigation, plus chair-DI agreement that police attend -> attend"),
    dict(slug="n-68-02-wakefield-icpc-letter-body-single-agency-s47-report-suffices",
         district="wakefield", kind="initial", date="2027-01-20", time="14:00", received=d("2027-01-11 10:00"),
         sender=("Rachel Oyelaran", "rachel.oyelaran"),
         subject="OFFICIAL-SENSITIVE: Invitation to ICPC - Okonkwo-Reid - 20 January 2027",
         letterhead=lh("Wakefield Council", "Safeguarding and Review Unit", "Wakefield One, PO Box 700, Burton Street, Wakefield WF1 2EB", "Tel 01924 303 455"),
         letter_date="11 January 2027", ref_line="Ref: SRU/CD722871", salutation="Dear Colleague,",
         re_line="Amara Okonkwo-Reid and Jayden Okonkwo-Reid \u2013 Initial Child Protection Conference",
         letter=["An Initial Child Protection Conference has been arranged in respect of Amara Okonkwo-Reid, date of birth 12 October 2013, and her brother Jayden Okonkwo-Reid, date of birth 1 May 2016. Their parents are Chiamaka Okonkwo and Marcus Reid, who separated in the autumn; the children live with their mother in Normanton.",
                  "The conference will be held on Wednesday 20th January 2027 at 2.00pm in Meeting Room 3, Wakefield One, and will be chaired by Simon Ackroyd.",
                  "The reason for the conference is the emotional harm the children are suffering. Ms Okonkwo was admitted to hospital under the Mental Health Act over the new year and the children were found to have been managing alone for several days. Mr Reid drinks heavily and has said he cannot have the children.",
                  "A strategy discussion was held with West Yorkshire Police on 4 January 2027. The police confirmed there was no criminal matter for them to investigate and the section 47 enquiry was completed by Children's Social Care alone. In the circumstances a written report from the police will suffice and attendance is not required.",
                  "Reports should be sent to the chair three working days before the conference."],
         closing=["Yours faithfully,", "Rachel Oyelaran", "Conference Administrator", "for Simon Ackroyd, Child Protection Chair"],
         tick=False, children=[("Amara Okonkwo-Reid", "2013-10-12"), ("Jayden Okonkwo-Reid", "2016-05-01")],
         adults=["Chiamaka Okonkwo", "Marcus Reid"], harm=["emotional", "neglect"], criteria=[], expect="report_only",
         unscored=["no_booking_form"],
         tags=["letter-body-html", "district-wakefield", "initial", "tick-report-in-prose", "hard-negative-investigation", "strategy-discussion"],
         notes="strategy discussion with police and a single-agency s47 are not a police investigation; letter says a written report will suffice"),
    dict(slug="n-68-03-bradford-rcpc-letter-body-ppo-nominal-mappa-cat1-lodger",
         district="bradford", kind="review", date="2027-01-28", time="10:00", received=d("2027-01-13 11:30"),
         sender=("Shabana Akhtar", "shabana.akhtar"),
         subject="Review Child Protection Conference - ALI children - Thursday 28th January 2027",
         letterhead=lh("City of Bradford Metropolitan District Council", "Safeguarding and Reviewing Unit, Children's Services", "Britannia House, Hall Ings, Bradford BD1 1HX", "Tel 01274 434 361"),
         letter_date="13th January 2027", ref_line="Our reference: SRU/SA/BCS-698213", salutation="Dear Sir or Madam,",
         re_line="Review Child Protection Conference: Haris, Eesa and Noor Ali",
         letter=["I write to confirm that the second review conference for Haris Ali (d.o.b. 9 July 2010), Eesa Ali (d.o.b. 22 November 2013) and Noor Ali (d.o.b. 5 August 2019) will be held on Thursday 28th January 2027 at 10.00am at Britannia House, Committee Room 1. The children's mother is Fozia Bibi and their father is Zubair Ali; both have parental responsibility and both live at the family home in Girlington.",
                  "The children have been subject to plans under the category of neglect since July 2026. Mr Ali is a PPO nominal managed under the Integrated Offender Management scheme and there have been continuing concerns about people calling at the house at all hours. Haris was stopped by officers in November carrying cannabis for older youths and has been referred to the exploitation team because of concerns about criminal exploitation. Mr Ali's brother, Tanveer Ali, who has lodged with the family since the summer, is managed under MAPPA category 1.",
                  "Police attendance would be very helpful at this review, as Mr Ali's offending and the risk to Haris are central to the plan. If an officer cannot attend, please send a written report to the Reviewing Unit three working days beforehand."],
         closing=["Yours faithfully,", "Shabana Akhtar", "Reviewing Officer (Child Protection Chair)"],
         tick=True, children=[("Haris Ali", "2010-07-09"), ("Eesa Ali", "2013-11-22"), ("Noor Ali", "2019-08-05")],
         adults=["Fozia Bibi", "Zubair Ali", "Tanveer Ali"], harm=["neglect"], criteria=["registered_sex_offender"], expect="discuss",
         unscored=["no_booking_form"],
         tags=["letter-body-html", "district-bradford", "review", "tick-attend-in-prose", "hard-negative-ppo", "cce", "mappa-cat-1"],
         notes="'PPO nominal' is a prolific offender, not police protection; criminal exploitation is not CSE; a MAPPA category 1 lodger is an RSO; review -> discuss (Wakefield rules)"),
    dict(slug="n-68-04-calderdale-icpc-letter-body-cancelled-step-down-cin",
         district="calderdale", kind="initial", date="2027-02-02", time="10:00", received=d("2027-01-22 13:15"),
         sender=("Lindsey Crabtree", "lindsey.crabtree"),
         subject="CANCELLATION - Initial Child Protection Conference - FISCHER - 02/02/2027",
         letterhead=lh("Calderdale Council", "Child Protection Administration, Children and Young People's Services", "Northgate House, Northgate, Halifax HX1 1UN", "Tel 01422 393 800"),
         letter_date="22 January 2027", ref_line="Ref: CPA/LC/1204477", salutation="Dear Colleague,",
         re_line="Lena Fischer and Noah Fischer \u2013 cancellation of Initial Child Protection Conference",
         letter=["I am writing to let you know that the Initial Child Protection Conference arranged for Tuesday 2nd February 2027 at 10.00am at Northgate House for Lena Fischer (born 14 March 2016) and Noah Fischer (born 2 June 2019) has been cancelled.",
                  "Following the completion of the section 47 enquiry, the team manager has decided that the threshold for a conference is not met. The family, Katrin Fischer and her husband Samuel Ndlovu, have agreed to work with the Early Help team under a Child in Need plan.",
                  "No report will now be required from your agency. Please update your records and accept our thanks for your help."],
         closing=["Yours faithfully,", "Lindsey Crabtree", "Child Protection Administrator"],
         tick=None, children=[("Lena Fischer", "2016-03-14"), ("Noah Fischer", "2019-06-02")],
         adults=["Katrin Fischer", "Samuel Ndlovu"], harm=[], criteria=[], manual="cancelled", expect="manual_review", deadlines_unscored=True,
         unscored=["no_booking_form", "missing_reason", "not_an_invitation"],
         tags=["letter-body-html", "district-calderdale", "initial", "cancelled"],
         notes="letter cancels the conference: manual review with the cancelled flag (deadlines not scored)"),
    dict(slug="n-68-05-wakefield-icpc-letter-body-rescheduled-police-protection",
         district="wakefield", kind="initial", date="2027-01-15", time="13:30", received=d("2027-01-07 09:05"),
         sender=("Rachel Oyelaran", "rachel.oyelaran"),
         subject="AMENDED DATE AND TIME - ICPC - THOMPSON - now Fri 15/01/2027 1.30pm",
         letterhead=lh("Wakefield Council", "Safeguarding and Review Unit", "Wakefield One, PO Box 700, Burton Street, Wakefield WF1 2EB", "Tel 01924 303 455"),
         letter_date="7 January 2027", ref_line="Ref: SRU/CD725530", salutation="Dear Colleague,",
         re_line="Kai Thompson and Ruby Thompson \u2013 Initial Child Protection Conference \u2013 change of date",
         letter=["Please note that the Initial Child Protection Conference for Kai Thompson (date of birth 18 August 2019) and Ruby Thompson (date of birth 4 April 2022), which was arranged for Thursday 14th January 2027 at 10.00am, has been moved because the chair is unwell. It will now take place on Friday 15th January 2027 at 1.30pm at Wakefield One, Meeting Room 5. All other details are unchanged.",
                  "As a reminder, the conference was called after both children were taken into police protection under section 46 of the Children Act 1989 in the early hours of 2 January 2027, when officers attending a call found their mother, Jade Thompson, unconscious and the children alone with her. The children are staying with their paternal grandmother while their father, Connor Hutchinson, is assessed as a carer. Ms Thompson has since been interviewed under caution on suspicion of child neglect under section 1 of the Children and Young Persons Act 1933 and the investigation continues.",
                  "Following the chair's discussion with DI Kaur, it has been agreed that an officer will attend, and we would be grateful if they could. Your written report should still reach the chair three working days before the new date."],
         closing=["Kind regards,", "Rachel Oyelaran", "Conference Administrator, Safeguarding and Review Unit"],
         tick=True, children=[("Kai Thompson", "2019-08-18"), ("Ruby Thompson", "2022-04-04")],
         adults=["Jade Thompson", "Connor Hutchinson"], harm=["neglect"], criteria=["police_protection", "wilful_neglect_investigation", "negotiated_attendance"], expect="attend", flags=["rescheduled"],
         unscored=["no_booking_form"],
         tags=["letter-body-html", "district-wakefield", "initial", "tick-attend-in-prose", "police-protection", "rescheduled", "old-date-first"],
         notes="police protection under s46 led to the conference -> attend; rescheduled: the new date (15/01) is the one, the old date appears first"),
    dict(slug="n-68-06-kirklees-transfer-in-letter-body-rso-partner-report-suffices",
         district="kirklees", kind="transfer_in", date="2027-01-29", time="10:00", received=d("2027-01-19 10:30"),
         sender=("Joanne Haigh", "joanne.haigh"),
         subject="Transfer in child protection conference - HARDCASTLE - 29 January 2027",
         letterhead=lh("Kirklees Council", "Safeguarding and Quality Assurance \u2013 Conference Team", "Civic Centre 1, High Street, Huddersfield HD1 2NF", "Tel 01484 414 960"),
         letter_date="19 January 2027", ref_line="Our ref: KC-CP-23564", salutation="Dear Colleague,",
         re_line="Transfer In Child Protection Conference \u2013 Lily-Mae and Archie Hardcastle",
         letter=["Lily-Mae Hardcastle, born on 6 June 2017, and her brother Archie Hardcastle, born on 11 September 2020, moved from Sheffield to Batley with their mother, Amy Hardcastle, in December. They have been subject to child protection plans in Sheffield since October 2026 under the category of sexual abuse (risk).",
                  "A transfer in conference will be held on Friday 29th January 2027 at 10.00am at Batley Town Hall, and will be chaired by Jasbir Sandhu.",
                  "The plans were made because Ms Hardcastle's partner, Wayne Pickles, is a registered sex offender. He was convicted in 2020 of making indecent images of children and is subject to notification requirements until 2030. He moved into the Batley address with the family on 20 December and South Yorkshire Police have passed his management to West Yorkshire.",
                  "We do not anticipate needing police attendance and a written report will suffice; please send it to the Conference Team three working days before the meeting."],
         closing=["Yours sincerely,", "Joanne Haigh", "Conference Co-ordinator, Kirklees Council"],
         tick=False, children=[("Lily-Mae Hardcastle", "2017-06-06"), ("Archie Hardcastle", "2020-09-11")],
         adults=["Amy Hardcastle", "Wayne Pickles"], harm=["sexual"], criteria=["registered_sex_offender"], expect="attend",
         unscored=["no_booking_form"],
         tags=["letter-body-html", "district-kirklees", "transfer-in", "tick-report-in-prose", "rso", "tickbox-conflict"],
         notes="RSO partner living in the household (transfer in = initial) -> attend under Wakefield rules, although the letter says a report will suffice"),
    dict(slug="n-68-07-leeds-prebirth-review-letter-body-historic-pp-no-cse",
         district="leeds", kind="review", pre_birth=True, date="2027-02-10", time="13:00", received=d("2027-01-25 11:00"),
         sender=("Kerry-Ann Whyte", "kerry-ann.whyte"),
         subject="Pre-birth review conference - Senait TESFAYE (unborn) - 10/02/2027",
         letterhead=lh("Leeds City Council", "Children and Families \u2013 Integrated Safeguarding Unit", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB", "Tel 0113 378 2045"),
         letter_date="25 January 2027", ref_line="Our ref: ISU/KW/MOS640081", salutation="Dear Colleague,",
         re_line="Pre-birth Review Child Protection Conference \u2013 Unborn Tesfaye (baby of Senait Tesfaye)",
         letter=["The unborn baby of Senait Tesfaye (date of birth 2 May 2009), due on 20 March 2027, has been subject to a pre-birth child protection plan since the conference in November. The father of the baby is Daniel Haile. A pre-birth review conference will be held on Wednesday 10 February 2027 at 1.00pm by Microsoft Teams.",
                  "Senait is 17 and lives in supported accommodation in Chapeltown. The concerns are her own unmet needs, her isolation and her limited preparation for the baby. In 2019 Senait was taken into police protection when her foster placement broke down; that was a long time ago and is part of her history, not a current matter. There are no CSE concerns and no current police involvement.",
                  "We are not asking for police attendance, but would be grateful for a short written update, which should reach the Integrated Safeguarding Unit 24 hours before the conference."],
         closing=["Kind regards,", "Kerry-Ann Whyte", "Integrated Safeguarding Unit"],
         tick=False, children=[("Unborn Tesfaye", None)], adults=["Senait Tesfaye", "Daniel Haile"], harm=["neglect"],
         criteria=["prior_unit_involvement"], expect="report_only",
         unscored=["no_booking_form"],
         tags=["letter-body-html", "district-leeds", "pre-birth", "review", "tick-report-in-prose", "hard-negative-pp", "hard-negative-cse"],
         notes="police protection of the mother in 2019 is historical (prior involvement only); no CSE concerns; Leeds pre-birth review, report only"),
]


def main():
    for c in CASES:
        texts = Texts()
        texts.add(c["subject"])
        plain, html = render(c, texts)
        eml = build_eml(c, c["subject"], plain, html=html)
        write_case(c, eml, texts)


if __name__ == "__main__":
    main()
