"""Answers written into a quoted question (issue 11, set s, layout 92): the council answers a
police question inline — under the `>`-quoted question, under an Outlook-quoted one after "my
answers are in green", or after `>>` in a template pasted back — and the reply is the booking.

The emails are invented here (names, places and wordings of our own); each is read whole, as
the daemon reads it (`parsers.parse.parse_email`), then triaged."""

# ruff: noqa: E501 - the emails are test data; one line of mail a line reads best
from __future__ import annotations

import datetime as dt

from parsers.parse import parse_email
from parsers.records import Invitation, MessageKind, PoliceTick
from tests.unit.test_triage_helpers import met, run


def _email(
    subject: str, body: str, *, html: str | None = None, day: str = "Tue, 08 Dec 2026"
) -> Invitation:
    head = (
        "From: Nadia Firth <nadia.firth@calderdale.gov.uk>\n"
        "To: cppu@westyorkshire.police.uk\n"
        f"Subject: {subject}\n"
        f"Date: {day} 10:12:00 +0000\n"
        "Message-ID: <inline-answers@calderdale.gov.uk>\n"
        "MIME-Version: 1.0\n"
    )
    if html is None:
        raw = head + 'Content-Type: text/plain; charset="utf-8"\n\n' + body
    else:
        raw = head + 'Content-Type: text/html; charset="utf-8"\n\n' + html
    return parse_email(raw.encode())


QUOTED = """Morning - replies under each one.

Nadia

> On 7 Dec 2026, at 15:40, Calderdale Safeguarding Unit wrote:
>
> We are told there is a review conference for the Holroyd children on 16/12/2026.
> What time does it start, and where?

It starts at 09:30 in the Wellesley Room, Halifax Town Hall.

> Names and dates of birth of the children?

Tyler Holroyd 02/02/2015 and Maisie Holroyd 14/10/2018

> Is anyone in the household currently under police investigation?

No - the 2025 allegation against Mr Holroyd was NFA and nothing since.

> Are you asking for an officer to attend?

A written report is sufficient.
"""


def test_a_reply_answering_questions_about_a_conference_to_come_is_an_invitation() -> None:
    inv = _email("Re: Holroyd review 16/12", QUOTED)
    assert inv.fields.message_kind is MessageKind.INVITATION
    assert inv.fields.time == dt.time(9, 30)
    assert inv.fields.date == dt.date(2026, 12, 16)


def test_a_quoted_question_answered_no_names_no_criterion() -> None:
    result = run(_email("Re: Holroyd review 16/12", QUOTED), received=dt.date(2026, 12, 8))
    assert "current_investigation" not in {c.criterion.value for c in result.criteria}
    assert result.decision.suggested.value != "manual_review"


TEMPLATE = """Template back with our answers after the >> marks.

Safeguarding and Review Unit

==== CPPU CONFERENCE INFORMATION REQUEST ====
Conference type:  >> Initial (ICPC)
Date and start time:  >> Monday 14 December 2026, 1.15pm
Address of the meeting:  >> Castleford Library, meeting room B
Children (name, DOB):
  >> Ava Lumb 19/07/2019
  >> Noah Lumb 03/03/2022
Does any adult in the home, or anyone who visits, appear on the sex offender register? (Include partners and babysitters.)
  >> ViSOR and PNC checks were run on the mother, her partner and the maternal grandfather who
  >> babysits on Fridays, and the result was: none.
Child exploitation concerns?  >> No
Police attendance required: YES / NO  >> YES
"""


def test_a_template_filled_in_after_markers_is_read_as_a_form() -> None:
    inv = _email("RE: CPPU conference information request - LUMB", TEMPLATE)
    assert inv.fields.message_kind is MessageKind.INVITATION
    assert inv.fields.time == dt.time(13, 15)
    assert inv.fields.police_tick is PoliceTick.REQUIRED


def test_a_question_answered_none_far_from_its_keyword_names_no_criterion() -> None:
    result = run(
        _email("RE: CPPU conference information request - LUMB", TEMPLATE),
        received=dt.date(2026, 12, 8),
    )
    found = {c.criterion.value for c in result.criteria}
    assert "registered_sex_offender" not in found
    assert "child_sexual_exploitation" not in found


_ANNOUNCED_HTML = (
    "<html><body><p>Hi Sam,</p><p>My responses are in green under each question.</p><p>Nadia</p>"
    "<hr><div>From: Sam Oddy (CPPU)<br>Sent: 07 December 2026 16:05<br>"
    "Subject: ICPC Crowther 17/12/2026<br><br>We have an ICPC for the Crowther family on "
    "17/12/2026 but nothing else. Can you tell me:</div>"
    "<p>1. What time and where?</p><p><span style='color:#00B050'>10.45am, Brighouse Civic Hall.</span></p>"
    "<p>2. Is there an open police investigation?</p><p><span style='color:#00B050'>None that we know of - the "
    "referral came from school about neglect.</span></p>"
    "<p>3. Is police attendance needed, or will a written report do?</p><p><span style='color:#00B050'>"
    "Attendance required - the chair would like someone there.</span></p></body></html>"
)


def test_answers_announced_in_colour_under_outlook_quoted_questions_are_read() -> None:
    inv = _email("RE: ICPC Crowther 17/12/2026", "", html=_ANNOUNCED_HTML)
    assert inv.fields.time == dt.time(10, 45)
    assert inv.fields.police_tick is PoliceTick.REQUIRED
    result = run(inv, received=dt.date(2026, 12, 8))
    assert "current_investigation" not in {c.criterion.value for c in result.criteria}


_OUTCOME = """Hello, answers below.

> On 15 Dec 2026, at 11:02, CPPU Leeds <cppu.leeds@westyorkshire.police.uk> wrote:
>
> Can you tell us what was decided at the conference held on 1 December for Jacob Mason,
> and when the minutes will be ready?

A child protection plan was made (neglect). The first review will be on 3 March 2027 and the
minutes go out next week.

> Will police be needed at the review?

The chair will decide nearer the time.
"""


def test_a_reply_answering_questions_about_a_conference_already_held_is_no_invitation() -> None:
    """It names a review to come (3 March 2027) in its answers: what was asked decides."""
    inv = _email("RE: Jacob Mason", _OUTCOME)
    assert inv.fields.message_kind is not MessageKind.INVITATION


def test_a_question_whose_answer_ends_in_none_is_a_printed_question() -> None:
    found = met(
        "Does a registered sex offender live in or visit the household?\t"
        "PNC and ViSOR checks were completed on all three adults and the result was: none."
    )
    assert "registered_sex_offender" not in found


def test_a_question_answered_no_beside_a_note_stays_a_printed_question() -> None:
    """A form's row "question | No | note" (set m's spreadsheets): the No right after the
    question decides, the note is read as said."""
    found = met(
        "Is the child the subject of a current police investigation?\tNo\tIntelligence only - no crime recorded"
    )
    assert "current_investigation" not in found


def test_an_agreement_that_an_officer_will_come_to_the_conference_is_negotiated() -> None:
    """ "Will come to the conference" is "will attend" in other words (000 §4.5 item 8)."""
    found = met(
        "Yes - the chair spoke to DI Shah and it was agreed that an officer from the CPPU "
        "will come to the conference."
    )
    assert "negotiated_attendance" in found
