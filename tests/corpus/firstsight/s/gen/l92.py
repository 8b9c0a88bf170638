"""Layout 92: inline replies (answers in colour / bold / after '>' quoting)."""
import html as H

from common import build_label, html_text, make_message, recv, write_case


def qa_html(intro, pairs, colour, sig, quoted_head, bold=False):
    """pairs: (question, answer) - question quoted from the earlier message, answer in colour."""
    rows = []
    for q, a in pairs:
        rows.append(f"<p style=\"margin:0\">{H.escape(q)}</p>")
        if a:
            style = f"color:{colour}" + (";font-weight:bold" if bold else "")
            rows.append(f"<p style=\"margin:0 0 8px 0\"><span style=\"{style}\">{H.escape(a)}</span></p>")
    return ("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{H.escape(p)}</p>" for p in intro.split("\n\n"))
            + "<p>" + H.escape(sig).replace("\n", "<br>") + "</p>"
            + "<hr><div style=\"font-size:10pt\">" + H.escape(quoted_head).replace("\n", "<br>") + "</div>"
            + "<div>" + "".join(rows) + "</div></body></html>")


def qa_plain(intro, pairs, sig, quoted_head):
    out = [intro, "", sig, "", "-----Original Message-----", quoted_head, ""]
    for q, a in pairs:
        out.append(q)
        if a:
            out.append(a)
        out.append("")
    return "\n".join(out)


def quote_plain(intro, sig, quoted_head, pairs):
    """'>' quoting: question lines quoted, answers unquoted between them."""
    out = [intro, "", sig, "", f"> {quoted_head}", ">"]
    for q, a in pairs:
        for ln in q.split("\n"):
            out.append("> " + ln)
        if a:
            out.append("")
            out.append(a)
            out.append("")
        else:
            out.append(">")
    return "\n".join(out)


def case(stem, *, district, sender, subject, received, parts, meta, tags, notes, auth="pass"):
    eml = make_message(stem, district, sender[0], sender[1], subject, received, parts, [], auth=auth,
                       extra_headers=[("In-Reply-To", f"<{stem[:12]}-q@westyorkshire.police.uk>")])
    texts = [subject]
    for sub, t in parts:
        texts.append(t if sub == "plain" else html_text(t))
    lab = build_label(received=received, source_texts=texts, tags=tags, notes=notes, booking_form=False, **meta)
    write_case(stem, eml, lab)


def build():
    # 01 Wakefield ICPC, answers in red (HTML + plain alternative)
    intro = "Hi Sergeant Lodge,\n\nAnswers in red below. Sorry the booking form didn't come through with the invite."
    sig = "Bethany Marsden\nSocial Worker, Child Protection Team (East)\nWakefield Council\n01924 302219"
    qh = ("From: Lodge, Craig (WYP CPPU)\nSent: 09 December 2026 11:02\nTo: Marsden, Bethany\n"
          "Subject: ICPC Ackroyd 17/12 - info needed\n\nHi, we have notification of an ICPC for the Ackroyd family "
          "on Thursday 17/12/2026 but no booking form. Could you answer the following so we can prioritise?")
    pairs = [("1. Time and venue of the conference?", "2.00pm, Room 3, Wakefield One (hybrid)."),
             ("2. Children (names and DOBs)?", "Lily Ackroyd 15/04/2020 and Jayden Ackroyd 01/08/2022."),
             ("3. Parents / carers?", "Stacey Ackroyd (mother) and Liam Booth (father). They live together."),
             ("4. Reason for the conference and category?",
              "Physical abuse. Jayden (4) was taken to Pinderfields on 04/12/2026 with a spiral fracture of his left arm "
              "and bruising to his ear that neither parent can explain."),
             ("5. Is there a current police investigation?",
              "Yes - it is a joint investigation with your CPPU (DC Imogen Hirst). Mr Booth was interviewed under caution "
              "on 07/12/2026 and released under investigation."),
             ("6. Do you require police attendance or is a written report sufficient?",
              "Attendance required please - the chair has asked for the officer in the case if possible.")]
    case("s-92-01-wakefield-initial-html-red-answers-current-investigation",
         district="wakefield", sender=("Bethany Marsden", "bethany.marsden@wakefield.gov.uk"),
         subject="RE: ICPC Ackroyd 17/12 - info needed", received=recv("2026-12-09 16:20"),
         parts=[("plain", qa_plain(intro, pairs, sig, qh)), ("html", qa_html(intro, pairs, "#C00000", sig, qh))],
         meta=dict(district="wakefield", kind="initial", pre_birth=False, date="2026-12-17", time="14:00", tick=True,
                   harm=["physical"], children=[("Lily Ackroyd", "2020-04-15"), ("Jayden Ackroyd", "2022-08-01")],
                   adults=["Stacey Ackroyd", "Liam Booth"], criteria=["current_investigation"], decision="attend"),
         tags=["inline-reply", "html-red", "district-wakefield", "initial", "date-in-quoted-question"],
         notes="date only in the quoted police question, time in the answer; RUI after interview = current investigation -> attend")

    # 02 Leeds RCPC, '>' quoting in plain text
    pairs = [("Received your RCPC invitation for the Brennan children on 14/01/2027 but the request\nform was missing. Please confirm time and venue.",
              "Correct date - 13:00 at Kippax Youth Centre, Kippax."),
             ("Children and DOBs?", "Hollie Brennan 22/03/2013, Callum Brennan 07/07/2015"),
             ("Adults in the household?", "Gemma Brennan (mum) and Shaun Doyle (stepdad)"),
             ("Are police members of the core group?",
              "No. Core group is SW, both schools, school nurse, Family Help worker and parents."),
             ("Any current police investigation or domestic abuse involvement?",
              "None. Mr Doyle's arrest in August 2026 for criminal damage was NFA'd and there have been no further incidents."),
             ("Attendance or written report?", "A written report will be fine.")]
    body = quote_plain("Hi Weetwood SPOC - replies below each question.",
                       "Thanks\nMarcus Ellis\nIntegrated Safeguarding Unit, Leeds City Council\n(category on the plan: emotional abuse)",
                       "On 21 Dec 2026, at 09:12, Leeds CPPU SPOC <leeds.cppu@westyorkshire.police.uk> wrote:", pairs)
    case("s-92-02-leeds-review-quoted-plain-nfa-report-only",
         district="leeds", sender=("Marcus Ellis", "marcus.ellis@leeds.gov.uk"),
         subject="Re: RCPC BRENNAN 14/01/2027 - missing request form", received=recv("2026-12-21 11:00"),
         parts=[("plain", body)],
         meta=dict(district="leeds", kind="review", pre_birth=False, date="2027-01-14", time="13:00", tick=False,
                   harm=["emotional"], children=[("Hollie Brennan", "2013-03-22"), ("Callum Brennan", "2015-07-07")],
                   adults=["Gemma Brennan", "Shaun Doyle"], criteria=[], decision="report_only"),
         tags=["inline-reply", "gt-quoting", "district-leeds", "review", "distractor-nfa"],
         notes="review, police not in core group, NFA arrest for criminal damage is closed -> report_only")

    # 03 Calderdale RCPC, bold blue answers, CSE link
    intro = "Hello Janet,\n\nI've put the answers in bold under your questions."
    sig = "Farida Begum\nChild Protection Administration\nCalderdale Council"
    qh = ("From: Safeguarding Clerk (Calderdale SGU)\nSent: 15 December 2026 08:47\nSubject: RCPC Amber LORD 06/01/2027\n\n"
          "Morning, to task the review conference for Amber Lord on 06/01/2027 to SGU supervision I need a couple of details:")
    pairs = [("- Start time and venue?", "1.30pm at Elland Children's Centre (hybrid, Teams link to follow)."),
             ("- DOB and who she lives with?", "Amber Lord, 17/09/2012. Lives with mum Rachel Lord; dad Mark Lord has contact every weekend."),
             ("- Plan category?", "Sexual abuse."),
             ("- Is there a CSE link?",
              "Yes. Amber was assessed as medium risk of child sexual exploitation by the Calderdale Exploitation Hub on "
              "24/11/2026; she has been seen getting into cars with unknown adult males near the bus station."),
             ("- Has the chair asked for police attendance?",
              "She hasn't said either way - she is happy to leave that with your DS.")]
    case("s-92-03-calderdale-review-html-bold-answers-cse-link",
         district="calderdale", sender=("Farida Begum", "farida.begum@calderdale.gov.uk"),
         subject="RE: RCPC Amber LORD 06/01/2027", received=recv("2026-12-15 12:10"),
         parts=[("plain", qa_plain(intro, pairs, sig, qh)), ("html", qa_html(intro, pairs, "#1F3864", sig, qh, bold=True))],
         meta=dict(district="calderdale", kind="review", pre_birth=False, date="2027-01-06", time="13:30", tick=None,
                   harm=["sexual"], children=[("Amber Lord", "2012-09-17")], adults=["Rachel Lord", "Mark Lord"],
                   criteria=["child_sexual_exploitation"], decision="discuss"),
         tags=["inline-reply", "html-bold", "district-calderdale", "review", "cse-link", "no-tickbox"],
         notes="review with a CSE link (Calderdale 'compelling reason') -> discuss; no tick box")

    # 04 Bradford ICPC, the police template pasted back and filled in inline
    form = """Hi - your information template is pasted below with our answers after each >>.

Kind regards
Conference and Review Team, Bradford Children's Services

---------- POLICE INFORMATION TEMPLATE (WYP Bradford CPPU) ----------
Type of conference (ICPC / RCPC / Transfer-in):  >> ICPC
Date and time:  >> Wednesday 13 January 2027, 10am
Venue:  >> Britannia House, Bradford, meeting room 5
Child(ren) - full name, DOB:
  >> Kyle Robertshaw 25/01/2016
  >> Skye Robertshaw 30/06/2018
  >> Daisy Pearson 11/02/2024
Parents / carers:  >> Jade Robertshaw (mother); Connor Pearson (mother's partner, Daisy's father)
Other significant adults:  >> Lee Robertshaw (maternal uncle, visits most weekends)
Category:  >> Emotional
Reason for conference:
  >> On 30/11/2026 Mr Pearson assaulted Ms Robertshaw in front of the children. He was arrested for ABH and is
  >> on police bail with conditions not to attend the family home. The case was heard at MARAC on 10/12/2026 as
  >> high risk; an IDVA is working with Ms Robertshaw and the DA officer is monitoring the bail conditions.
Is any adult named above a registered sex offender, or does a registered sex offender visit or have
contact with the household? (Include anyone who stays over or babysits.)
  >> Following the strategy discussion, checks were completed with MOSOVO and ViSOR for every adult
  >> named above, including the uncle who visits at weekends, and the outcome was: none.
CSE concerns?  >> No
Police attendance required: YES / NO  >> YES
Written report sufficient: YES / NO  >> NO
---------------------------------------------------------------------"""
    case("s-92-04-bradford-initial-template-filled-inline-domestic-abuse",
         district="bradford", sender=("Conference and Review Team", "conference.review@bradford.gov.uk"),
         subject="RE: Police information template - ROBERTSHAW/PEARSON ICPC", received=recv("2027-01-05 10:00"),
         parts=[("plain", form)],
         meta=dict(district="bradford", kind="initial", pre_birth=False, date="2027-01-13", time="10:00", tick=True,
                   harm=["emotional"], children=[("Kyle Robertshaw", "2016-01-25"), ("Skye Robertshaw", "2018-06-30"),
                                                ("Daisy Pearson", "2024-02-11")],
                   adults=["Jade Robertshaw", "Connor Pearson", "Lee Robertshaw"],
                   criteria=["domestic_abuse_current_involvement"], decision="attend"),
         tags=["inline-reply", "form-pasted-in-body", "district-bradford", "initial", "negation-far-from-keyword"],
         notes="MARAC + bail + DA officer = serious DA with current police involvement (W6, Bradford -> Wakefield rules); RSO question answered 'none' far from the keyword")

    # 05 Kirklees transfer-in, plain '>' quoting, negotiated attendance phrased in prose
    pairs = [("We have the transfer-in conference for the Nuttall children (from Lancashire) on\nFriday 15th January. Can you confirm time and venue?",
              "10am, Dewsbury Town Hall, Committee Room 1."),
             ("Names / DOBs and who is in the household?",
              "Harley Nuttall 05/05/2017 and Paige Nuttall 19/12/2019, living with mum Kirsty Nuttall and her partner\nAshley Moran in Dewsbury since November."),
             ("Category and reason for the plan in Lancashire?",
              "Physical abuse. Lancashire Police investigated Mr Moran in 2025 for slapping Harley - NFA. The plan\ncontinued because of unexplained bruising to Paige in the summer."),
             ("Does the chair want an officer there?",
              "Yes - the chair (Jane Haworth) has spoken with DI Rachel Oldroyd and it was agreed that an officer from\nKirklees CPPU will come to the conference.")]
    body = quote_plain("Hiya, see below.", "Cheers\nTom Bairstow\nBusiness Support - Conferences\nKirklees Council",
                       "-----Original Message----- From: Kirklees CPPU Admin Sent: 07 January 2027 10:15", pairs)
    case("s-92-05-kirklees-transfer-in-quoted-negotiated-attendance",
         district="kirklees", sender=("Tom Bairstow", "tom.bairstow@kirklees.gov.uk"),
         subject="RE: TI conference NUTTALL - Fri 15/01", received=recv("2027-01-07 14:30"),
         parts=[("plain", body)],
         meta=dict(district="kirklees", kind="transfer_in", pre_birth=False, date="2027-01-15", time="10:00", tick=None,
                   harm=["physical"], children=[("Harley Nuttall", "2017-05-05"), ("Paige Nuttall", "2019-12-19")],
                   adults=["Kirsty Nuttall", "Ashley Moran"], criteria=["negotiated_attendance"], decision="attend"),
         tags=["inline-reply", "gt-quoting", "district-kirklees", "transfer-in", "from-lancashire", "police-request-in-prose"],
         notes="chair and DI agreed an officer attends (W8) -> attend; 2025 Lancashire NFA is historical without escalation")

    # 06 Wakefield pre-birth, blue answers; PPO nominal and hypothetical police protection
    intro = "Hi both, my answers are in blue."
    sig = "Ellie Stansfield\nSocial Worker, Pre-birth Team\nWakefield Council"
    qh = ("From: CPPU Normanton\nSent: 04 January 2027 08:30\nSubject: Pre-birth ICPC - SYKES - 12/01/2027\n\n"
          "We have the pre-birth conference for unborn baby Sykes (mother Amy Sykes) booked for Tuesday 12/01/2027 at 10:00. Before we allocate, please confirm:")
    pairs = [("a) EDD and venue?", "EDD 20/02/2027. Conference in Room 1.02, Wakefield One."),
             ("b) Father of the baby and his police history?",
              "Ryan Keegan. He is a PPO nominal managed by the IOM team for burglary and vehicle crime. He is not known for "
              "offences against children or for domestic abuse."),
             ("c) Reason for the conference?",
              "Neglect. Amy's two older children live with their paternal grandparents under special guardianship orders "
              "because of her drug use. Birth plan: if the parents attempt to remove the baby from hospital against advice, "
              "police protection may be used."),
             ("d) Police attendance required or written report sufficient?", "Written report sufficient.")]
    case("s-92-06-wakefield-prebirth-html-blue-ppo-nominal-report-only",
         district="wakefield", sender=("Ellie Stansfield", "ellie.stansfield@wakefield.gov.uk"),
         subject="RE: Pre-birth ICPC - SYKES - 12/01/2027", received=recv("2027-01-04 09:15"),
         parts=[("plain", qa_plain(intro, pairs, sig, qh)), ("html", qa_html(intro, pairs, "#0070C0", sig, qh))],
         meta=dict(district="wakefield", kind="initial", pre_birth=True, date="2027-01-12", time="10:00", tick=False,
                   harm=["neglect"], children=[("Unborn baby Sykes", None)], adults=["Amy Sykes", "Ryan Keegan"],
                   criteria=[], decision="report_only"),
         tags=["inline-reply", "html-blue", "district-wakefield", "pre-birth", "trap-ppo-offender", "trap-hypothetical-pp"],
         notes="'PPO nominal' is a Prolific and Priority Offender; 'police protection may be used' is hypothetical -> report_only")

    # 07 Leeds: inline answer about an outcome (not an invitation)
    pairs = [("> Could you let us know the outcome of the ICPC held on 10/12/2026 for Oliver Grady, and whether\n> minutes are available yet?",
              "Oliver was made subject to a child protection plan under the category of emotional abuse. First core group\nis 22/12/2026 and the first review conference will be on 10/03/2027. Minutes will follow once approved by the chair."),
             ("> Was police attendance noted as required at the review?", "Not discussed - the chair will send the review invitation nearer the time.")]
    body = "Hi,\n\nAnswers below.\n\n" + "\n\n".join(q + "\n\n" + a for q, a in pairs) + \
           "\n\nRegards\nPriya Chauhan\nIntegrated Safeguarding Unit\nLeeds City Council"
    case("s-92-07-leeds-outcome-reply-not-an-invitation",
         district="leeds", sender=("Priya Chauhan", "priya.chauhan@leeds.gov.uk"),
         subject="RE: ICPC outcome - Oliver GRADY", received=recv("2026-12-16 10:40"),
         parts=[("plain", body)],
         meta=dict(district="leeds", kind=None, pre_birth=None, date=None, time=None, tick=None, harm=None,
                   children=None, adults=None, criteria=None, decision="manual_review",
                   flags_required=["not_an_invitation"], deadlines=False,
                   unscored=["missing_reason", "missing_family_details", "missing_conference_date", "no_booking_form"]),
         tags=["inline-reply", "not-an-invitation", "district-leeds", "outcome", "future-review-date-trap"],
         notes="an answer about a conference already held (outcome, minutes); the future review date is not an invitation")
