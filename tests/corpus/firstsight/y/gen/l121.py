"""Layout 121 - typography: NBSP/zero-width/soft hyphens, full-width and smart punctuation, emoji ticks,
Y/N answers, HTML entities, look-alike letters from other alphabets, RTL marks in a signature."""
from common import base, finish, gmt, html_text, outlook_html, write_case

SHY, ZWSP, NBSP, RLM, LRM = "\u00ad", "\u200b", "\u00a0", "\u200f", "\u200e"
WAKE_FOOT = ("This email and any attachments are intended solely for the addressee. If you are not the intended "
             "recipient please notify the sender and delete it. Wakefield Council may monitor email traffic.")


def c01():
    c = base("y-121-01-wakefield-initial-emoji-ticks-softhyphen-rui", "wakefield", "Bethany Sugden",
             "bethany.sugden@wakefield.gov.uk", "ICPC – BRISCO – Thu 10th Dec 2026 @ 10:00", gmt(2026, 12, 1, 9, 14))
    html = outlook_html(f"""
<p class="MsoNormal">Good morning,<o:p></o:p></p>
<p class="MsoNormal">Please see below the booking details for an Initial Child Protection Conference &ndash; Tyler&rsquo;s conference is at Wakefield One.<o:p></o:p></p>
<p class="MsoNormal"><b>OFFICIAL&#8209;SENSITIVE</b></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Type of conference</b></td><td>Initial&nbsp;CPC</td></tr>
<tr><td><b>Date</b></td><td>Thursday&nbsp;10th&nbsp;December&nbsp;2026</td></tr>
<tr><td><b>Time</b></td><td>10:00&nbsp;am</td></tr>
<tr><td><b>Venue</b></td><td>Room&nbsp;4, Wakefield&nbsp;One, Burton&nbsp;Street</td></tr>
<tr><td><b>Chair</b></td><td>Janice Ackroyd</td></tr>
<tr><td><b>Social worker</b></td><td>Rhys Mallinson (Family&nbsp;Support &amp; Safeguarding&nbsp;Team&nbsp;3)</td></tr>
<tr><td><b>CareDirector&nbsp;no.</b></td><td>CD&#8209;741206</td></tr>
<tr><td><b>Category</b></td><td>Physical</td></tr>
<tr><td><b>Child</b></td><td>Tyler&nbsp;BRISCO &ndash; d.o.b.&nbsp;14/06/2016 &ndash; Snapethorpe Primary</td></tr>
<tr><td><b>Mum</b></td><td>Kerry&nbsp;BRISCO &ndash; 02/02/1991</td></tr>
<tr><td><b>Mum&rsquo;s partner (lives at home)</b></td><td>Liam&nbsp;ODDY &ndash; 19/10/1988</td></tr>
<tr><td><b>Police attendance required</b></td><td>&#9989;</td></tr>
<tr><td><b>Written report sufficient</b></td><td>&#10060;</td></tr>
</table>
<p class="MsoNormal"><b>Why is the conference being held?</b><o:p></o:p></p>
<p class="MsoNormal">Tyler told his teacher on 26/11 that &ldquo;Liam hit me with his belt because I wet the bed&rdquo;. The CP medical found linear bruising to his back and thighs.<o:p></o:p></p>
<p class="MsoNormal">Mr&nbsp;Oddy was ar{SHY}rest{SHY}ed on 27/11/2026 and has been re{ZWSP}leased under in{SHY}ves{SHY}ti{SHY}ga{SHY}tion &ndash; the OIC is DC&nbsp;Farrar (CPPU). Tyler&rsquo;s ABE inter{SHY}view is booked for next week. Mr Oddy is staying at his mother&rsquo;s in the meantime.<o:p></o:p></p>
<p class="MsoNormal">Kind regards<o:p></o:p></p>
<p class="MsoNormal">Bethany Sugden<br>Business Support Officer &ndash; Safeguarding &amp; Review Unit<br>Wakefield Council &#9742; 01924&nbsp;302118<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">{WAKE_FOOT}</span></p>""")
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="wakefield", kind="initial", date="2026-12-10", time="10:00", tick=True,
                      harm=["physical"], children=[("Tyler Brisco", "2016-06-14")], adults=["Kerry Brisco", "Liam Oddy"],
                      criteria=["current_investigation"], decision="attend",
                      tags=["typography", "emoji-ticks", "soft-hyphen", "zero-width-space", "html-entities", "district-wakefield", "initial", "tick-attend"],
                      notes="arrest and release under investigation (words broken by soft hyphens / a zero-width space) for physical abuse by mother's partner: Wakefield item 1, attend; ✅ on attendance required")
    return finish(c)


def c02():
    c = base("y-121-02-leeds-review-fullwidth-yn-report-only", "leeds", "Agata Kowalczyk",
             "agata.kowalczyk@leeds.gov.uk", "RCPC（Review） – NOWAKOWSKA/NOWAKOWSKI – 14.01.2027", gmt(2026, 12, 15, 14, 41))
    text = ("Dzień dobry / Hello,\n\n"
            "Please find the review conference details below (copied across from our Polish-language family letter, "
            "sorry about the odd characters).\n\n"
            "OFFICIAL–SENSITIVE\n\n"
            "Conference：Review Child Protection Conference（2nd review）\n"
            "Conference date：１４／01／2027\n"
            "Start time：13：30\n"
            "Where：Merrion House, 110 Merrion Centre, Leeds LS2 8BB – Room 6.14 / Teams\n"
            "Chair：Ruth Halliwell\n"
            "Social worker：Agata Kowalczyk\n"
            "Mosaic：MOS‑558214\n"
            "Category：Neglect\n\n"
            "Children：\n"
            "  • Zofia Nowakowska – ur./DOB 02/02/2019 – Bracken Edge Primary\n"
            "  • Filip Nowakowski – ur./DOB 30/09/2021 – Little Owls Nursery\n"
            "Adults：\n"
            "  • Magdalena Nowakowska（mum）– 11/12/1992\n"
            "  • Tomasz Nowakowski（dad）– 05/06/1990\n\n"
            "Police attendance required? N\n"
            "Written report sufficient? Y\n\n"
            "Progress since the last review：\n"
            "Home conditions have been “good” at all six unannounced visits; Filip’s weight is back on the 25th centile. "
            "Both parents attend core group. There have been no calls to the police and no police involvement of any kind "
            "since the initial conference in August; police are not part of the core group.\n\n"
            "Plan recommendation：the social worker will be asking conference to consider stepping down to a Child in Need plan.\n\n"
            "Dziękuję / Thank you\n"
            "Agata Kowalczyk\n"
            "Social Worker ¦ Children and Families ¦ Leeds City Council\n"
            "☎ 0113 378 4410\n")
    c["text"] = text
    c["label"] = dict(district="leeds", kind="review", date="2027-01-14", time="13:30", tick=False, harm=["neglect"],
                      children=[("Zofia Nowakowska", "2019-02-02"), ("Filip Nowakowski", "2021-09-30")],
                      adults=["Magdalena Nowakowska", "Tomasz Nowakowski"], criteria=[], decision="report_only",
                      unscored_flags=["no_booking_form"],
                      tags=["typography", "fullwidth-punctuation", "yn-answers", "district-leeds", "review", "tick-report", "no-criterion", "safe-report-only"],
                      notes="review with no police involvement at all and 'Police attendance required? N': report only; date written with full-width digits and slashes; notice 19 working days over Christmas (Leeds review minimum 10)")
    return finish(c)


def c03():
    c = base("y-121-03-calderdale-initial-thumbsup-cse-discuss", "calderdale", "Lydia Ormondroyd",
             "lydia.ormondroyd@calderdale.gov.uk", "ICPC request — Maisie CROWTHER — 09/12/2026", gmt(2026, 11, 26, 16, 2))
    html = outlook_html("""
<p class="MsoNormal">Hi CD Safeguarding,</p>
<p class="MsoNormal">Conference booked as below. I&#8217;ve marked the police box &#8211; but please read the concerns first.</p>
<table border="0" cellpadding="3">
<tr><td>Conference</td><td>Initial Child Protection Conference</td></tr>
<tr><td>When</td><td>Wednesday 9&#8202;/&#8202;12&#8202;/&#8202;2026, 2.00&#8239;pm</td></tr>
<tr><td>Where</td><td>Northgate House, Halifax &#8212; Meeting Room 2</td></tr>
<tr><td>LCS ref</td><td>LCS&#8209;604417</td></tr>
<tr><td>Chair</td><td>Abdul Rashid</td></tr>
<tr><td>Category</td><td>Sexual</td></tr>
<tr><td>Young person</td><td>Maisie Crowther (d.o.b. 11/03/2012), Year 9, Brooksbank School</td></tr>
<tr><td>Parents</td><td>Joanne Crowther (mum, 03/07/1984) &amp; Darren Crowther (dad, 28/01/1982)</td></tr>
<tr><td>Police &#8212; attend?</td><td>&#9744;</td></tr>
<tr><td>Police &#8212; report only?</td><td>&#128077;</td></tr>
</table>
<p class="MsoNormal"><b>Concerns</b></p>
<p class="MsoNormal">Since October Maisie has stayed out overnight eleven times. She&#8217;s been seen getting into cars with men in their twenties near the bus station and coming home with vapes, alcohol and a new iPhone she can&#8217;t explain. The exploitation screening on 20/11 put her at <i>high</i> risk of being sexually exploited &#8212; Maisie&#8217;s words were &#8220;they look after me, I don&#8217;t have to do anything I don&#8217;t want to&#8221;. Referred to the Risk &amp; Vulnerability (Exploitation) panel.</p>
<p class="MsoNormal">Nobody has been arrested and there is no police investigation at the moment; Maisie won&#8217;t make a complaint. Mum and dad are working with us and have reported every missing episode.</p>
<p class="MsoNormal">Thanks &#8212; Lydia</p>
<p class="MsoNormal">Lydia Ormondroyd | Social Worker | Children &amp; Young People&#8217;s Service | Calderdale Council<br>01422 392871</p>""")
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="calderdale", kind="initial", date="2026-12-09", time="14:00", tick=False, harm=["sexual"],
                      children=[("Maisie Crowther", "2012-03-11")], adults=["Joanne Crowther", "Darren Crowther"],
                      criteria=["child_sexual_exploitation"], decision="discuss",
                      tags=["typography", "emoji-ticks", "thin-spaces", "district-calderdale", "initial", "tick-report", "report-only-unsafe"],
                      notes="a 👍 on 'report only' but the text affirms a high, current risk of sexual exploitation: Calderdale initial with CSE alone is discuss (POLICY choice); no police investigation stated, so no Calderdale attend criterion")
    return finish(c)


def c04():
    cy_e = "\u0435"  # Cyrillic small ie, looks like e
    cy_o = "\u043e"
    sig_ur = f"{RLM}\u0633\u0627\u062c\u062f\u06c1 \u0631\u062d\u0645\u0627\u0646{RLM}"
    c = base("y-121-04-kirklees-prebirth-homoglyph-rso-attend", "kirklees", "Sajida Rehman",
             "sajida.rehman@kirklees.gov.uk", "Pre-birth ICPC - HIRST - 19/01/2027", gmt(2027, 1, 11, 10, 26))
    text = (f"Hello,\n\n"
            f"Please can we notify you of a pre-birth initial child protection conference.\n\n"
            f"Date:\tTuesday 19 January 2027\n"
            f"Time:\t10am\n"
            f"Venue:\tCivic Centre 1, Huddersfield (Strengthening Families format)\n"
            f"Chair:\tGillian Haigh\n"
            f"Category:\tSexual abuse\n\n"
            f"Unborn:\tBaby Hirst (unborn) - EDD 20/03/2027\n"
            f"Mother:\tChantelle Hirst - 06/01/2003 - 14 Birkby Hall Road, Huddersfield\n"
            f"Father:\tReece Gledhill - 17/09/2000 - same address\n"
            f"Also in household:\tJordan Gledhill (father's brother) - 02/04/1994\n\n"
            f"Reason for conference:\n"
            f"Jordan Gledhill moved into the couple's flat in October. He was convicted in 2019 of sexual activity "
            f"with a child and is a registered s{cy_e}x {cy_o}ffender. "
            f"Ms Hirst told the midwife she \"doesn't see the problem\" and Mr Gledhill has refused to ask his brother to leave. "
            f"The police have confirmed Jordan gave this flat as his address.\n\n"
            f"Danger statement: we are worried the baby will be cared for by, or left alone with, an adult convicted of sexual offences against a child.\n\n"
            f"Many thanks\n"
            f"Sajida Rehman {sig_ur}\n"
            f"{LRM}Social Worker, Pre-birth & Early Years Team{LRM}\n"
            f"Kirklees Council Children's Services\n"
            f"{RLM}\u0634\u06a9\u0631\u06cc\u06c1{RLM} | 01484 221000 ext 76210\n")
    c["text"] = text
    c["label"] = dict(district="kirklees", kind="initial", pre_birth=True, date="2027-01-19", time="10:00", tick=None,
                      harm=["sexual"], children=[("Baby Hirst", None)],
                      adults=["Chantelle Hirst", "Reece Gledhill", "Jordan Gledhill"],
                      criteria=["registered_sex_offender"], decision="attend", unscored_flags=["no_booking_form"],
                      tags=["typography", "homoglyph-cyrillic", "rtl-marks", "district-kirklees", "pre-birth", "initial", "tick-absent"],
                      notes="'registered sex offender' written with Cyrillic е and о (homoglyphs); the RSO lives in the household: Kirklees uses the Wakefield rules (POLICY choice) -> attend; RTL marks around Urdu text in the signature")
    return finish(c)


def c05():
    c = base("y-121-05-bradford-review-heavycheck-nbsp-discuss", "bradford", "Imogen Sutcliffe",
             "imogen.sutcliffe@bradford.gov.uk", "RCPC\u00a0—\u00a0MAHMOOD children\u00a0—\u00a005/02/2027", gmt(2027, 1, 20, 11, 48))
    html = outlook_html("""
<p class="MsoNormal">Dear colleague,</p>
<p class="MsoNormal">You are invited to the review child protection conference for Ayaan and Inaya.</p>
<p class="MsoNormal"><b>Conference:</b>&nbsp;Review&nbsp;CP&nbsp;Conference (1st&nbsp;review)<br>
<b>Date:</b>&nbsp;Friday&nbsp;5&nbsp;February&nbsp;2027<br>
<b>Time:</b>&nbsp;09:30<br>
<b>Venue:</b>&nbsp;Margaret McMillan Tower, Princes Way, Bradford&nbsp;BD1&nbsp;1NN<br>
<b>Chair:</b>&nbsp;Peter Ingleby</p>
<p class="MsoNormal"><b>Children</b><br>Ayaan&nbsp;Mahmood&nbsp;&nbsp;07/07/2015<br>Inaya&nbsp;Mahmood&nbsp;&nbsp;22/01/2018</p>
<p class="MsoNormal"><b>Parents</b><br>Nadia&nbsp;Mahmood (mother)&nbsp;&nbsp;14/09/1987<br>Imran&nbsp;Mahmood (father)&nbsp;&nbsp;30/03/1983</p>
<p class="MsoNormal"><b>Category:</b>&nbsp;Emotional abuse</p>
<p class="MsoNormal"><b>Police</b><br>
&#10004;&#65039;&nbsp;Attendance at conference requested<br>
&#9633;&nbsp;Written report will be sufficient</p>
<p class="MsoNormal"><b>Update from social worker</b><br>
The plan was made because of the children&rsquo;s exposure to parental conflict. Police were called to a verbal argument in 2024 &ndash; no&nbsp;further&nbsp;action. No&nbsp;CSE concerns; no&nbsp;police involvement since the initial conference. The chair would nevertheless like police present because Mr Mahmood disputes the contents of the police report to the ICPC.</p>
<p class="MsoNormal">Regards,<br>Imogen Sutcliffe<br>Conference &amp; Review Service | Children&rsquo;s Social Care | City of Bradford MDC</p>""")
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="bradford", kind="review", date="2027-02-05", time="09:30", tick=True, harm=["emotional"],
                      children=[("Ayaan Mahmood", "2015-07-07"), ("Inaya Mahmood", "2018-01-22")],
                      adults=["Nadia Mahmood", "Imran Mahmood"], criteria=[], decision="discuss",
                      tags=["typography", "emoji-ticks", "nbsp", "district-bradford", "review", "tick-attend", "no-criterion", "report-only-unsafe"],
                      notes="review, no criterion (2024 NFA is history, 'No CSE concerns' negated), but ✔️ on attendance requested: discuss under the Wakefield review rule that Bradford follows")
    return finish(c)


def c06():
    # look-alike domain: Cyrillic 'а' in 'wakefield' -> punycode
    fake = "w\u0430kefield.gov.uk".encode("idna").decode("ascii")
    c = base("y-121-06-unknown-initial-lookalike-idn-homograph", "wakefield", "Safeguarding and Review Unit",
             f"sru.bookings@{fake}", "ICPC booking – FENTON – 14/12/2026", gmt(2026, 12, 3, 13, 37))
    c["received"] = [(f"mail.{fake} (mail.{fake} [192.0.2.77])", "mx1.westyorkshire.police.uk with ESMTPS id 7F3A21C9E0", gmt(2026, 12, 3, 13, 37)),
                     ("localhost (localhost [127.0.0.1])", f"mail.{fake} with ESMTPSA", gmt(2026, 12, 3, 13, 36, 12))]
    c["auth"] = (f"mx1.westyorkshire.police.uk; dkim=pass\n header.d={fake}; spf=pass smtp.mailfrom={fake};\n"
                 f" dmarc=pass (p=NONE) header.from={fake}")
    html = outlook_html("""
<p class="MsoNormal">Good afternoon,</p>
<p class="MsoNormal">Please see the Initial Child Protection Conference booking below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Type of conference</td><td>ICPC</td></tr>
<tr><td>Date of conference</td><td>14/12/2026</td></tr>
<tr><td>Time</td><td>11:00</td></tr>
<tr><td>Venue</td><td>Wakefield One, Burton Street</td></tr>
<tr><td>Child</td><td>Lacey Fenton, 03/05/2017</td></tr>
<tr><td>Mother</td><td>Gemma Fenton, 21/08/1993</td></tr>
<tr><td>Police attendance required</td><td>&#9989;</td></tr>
<tr><td>Written report sufficient</td><td>&#11036;</td></tr>
<tr><td>Reason</td><td>Physical abuse &ndash; Lacey has a fractured wrist; police are investigating and Ms Fenton was interviewed under caution on 30/11/2026.</td></tr>
</table>
<p class="MsoNormal">Please confirm receipt by replying to this address.</p>
<p class="MsoNormal">Safeguarding and Review Unit<br>W&#1072;kefield Council</p>""")
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district=None, kind="initial", date="2026-12-14", time="11:00", tick=True, harm=["physical"],
                      children=[("Lacey Fenton", "2017-05-03")], adults=["Gemma Fenton"],
                      criteria=["current_investigation"], decision="manual_review", flags_required=["unverified_sender"],
                      tags=["typography", "homoglyph-domain", "idn-punycode", "unverified-sender"],
                      notes=f"sender domain is the IDN homograph {fake} (Cyrillic а in 'wakefield'), not wakefield.gov.uk: manual_review with unverified_sender whatever the content")
    return finish(c)


def c07():
    c = base("y-121-07-wakefield-initial-both-ticked-pp-christmas-late", "wakefield", "Sean Hepworth",
             "sean.hepworth@wakefield.gov.uk", "URGENT ICPC 04/01/2027 – AMBLER – over Christmas", gmt(2026, 12, 24, 11, 2))
    html = outlook_html(f"""
<p class="MsoNormal">Hi both,</p>
<p class="MsoNormal">Sorry to send this on Christmas Eve &ndash; the ICPC has had to be booked for the first Monday back.</p>
<p class="MsoNormal"><b>ICPC</b> &ndash; Monday&nbsp;4th&nbsp;January&nbsp;2027, 1.00pm, County Hall Room&nbsp;G12 (Teams link to follow)<br>
Chair: Mandeep Sandhu &nbsp;|&nbsp; SW: Sean Hepworth &nbsp;|&nbsp; CD&nbsp;no.&nbsp;CD&#8209;803375 &nbsp;|&nbsp; Category: Neglect</p>
<p class="MsoNormal"><b>Children</b>: Riley&nbsp;Ambler (15/08/2020) &amp; Skye&nbsp;Ambler (04/10/2023)<br>
<b>Mother</b>: Danielle&nbsp;Ambler (09/05/1996) &ndash; no father involved</p>
<p class="MsoNormal"><b>Police:</b> &nbsp;&#9989;&nbsp;attendance required &nbsp;&nbsp; &#9989;&nbsp;written report sufficient</p>
<p class="MsoNormal"><b>What happened</b><br>
On the night of 21/12/2026 officers found Riley and Skye alone in a freezing flat at 02:00 &ndash; mum had gone to a party in Leeds. The children were taken into police{NBSP}protection (s.46 Children Act 1989) and placed with their maternal aunt; PP ended on 23/12 when the aunt agreed to keep them under a s20 arrangement. No EPO was needed.</p>
<p class="MsoNormal">Merry Christmas when it comes,<br>Sean</p>
<p class="MsoNormal">Sean Hepworth | Social Worker | Duty &amp; Assessment | Wakefield Council<br>07700 914223</p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">{WAKE_FOOT}</span></p>""")
    c["html"], c["text"] = html, html_text(html)
    c["label"] = dict(district="wakefield", kind="initial", date="2027-01-04", time="13:00", tick=None, harm=["neglect"],
                      children=[("Riley Ambler", "2020-08-15"), ("Skye Ambler", "2023-10-04")], adults=["Danielle Ambler"],
                      criteria=["police_protection"], decision="attend", flags_required=["tickbox_ambiguous"],
                      tags=["typography", "emoji-ticks", "both-ticked", "christmas-bank-holidays", "district-wakefield", "initial", "late-notice"],
                      notes="the conference arises from police protection (s46) on 21/12: attend; both options carry ✅ so the tick is ambiguous (null); received Thu 24/12, conference Mon 4/1: 25/12, 28/12 and 1/1 are bank holidays, 4 working days' notice (late, Wakefield 5); report due Tue 29/12")
    return finish(c)


CASES = [c01, c02, c03, c04, c05, c06, c07]

if __name__ == "__main__":
    for f in CASES:
        write_case(f())
