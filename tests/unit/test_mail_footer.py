"""A message's footer is the sender's, not the family's (issue 11, set y, layout 124).

A few lines about one family stand inside the writer's signature (job titles and teams named
for the work: domestic abuse, exploitation, offender management), the council's slogans and a
legal notice. None of it is evidence of a criterion (`parsers.mail_footer`, `triage.job_titles`);
the message's own words, and a message forwarded under the signature, still are.

The emails are invented here (names, councils' wordings and teams of our own); each is read
whole, as the daemon reads it (`parsers.parse.parse_email`), then triaged.
"""

# ruff: noqa: E501 - the emails are test data; one line of mail a line reads best
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.classify import classify_message
from parsers.mail_footer import footer_lines
from parsers.parse import parse_email
from parsers.records import Invitation, MessageKind, Page
from tests.unit.test_triage_helpers import run
from triage.segments import segments

RECEIVED = dt.date(2027, 1, 11)


def _email(
    body: str, *, html: bool = False, subject: str = "ICPC - DRAKE - 20/01/2027"
) -> Invitation:
    head = (
        "From: Priya Nair <priya.nair@wakefield.gov.uk>\n"
        "To: cppu@westyorkshire.police.uk\n"
        f"Subject: {subject}\n"
        "Date: Mon, 11 Jan 2027 09:05:00 +0000\n"
        "Message-ID: <footer-test@wakefield.gov.uk>\n"
        "MIME-Version: 1.0\n"
    )
    if html:
        paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n") if line.strip())
        raw = (
            head
            + 'Content-Type: text/html; charset="utf-8"\n\n'
            + f"<html><body>{paragraphs}</body></html>"
        )
    else:
        raw = head + 'Content-Type: text/plain; charset="utf-8"\n\n' + body
    return parse_email(raw.encode())


def _criteria(inv: Invitation) -> set[str]:
    return {c.criterion.value for c in run(inv, received=RECEIVED).criteria}


MESSAGE = """Good morning,

Initial child protection conference for Kai Drake (DOB 14/06/2019) on Wednesday 20/01/2027 at 1.30pm, Castleford Civic Centre.
Mother: Leanne Drake (DOB 02/02/1993).
Reason: {reason}
[ ] Police attendance required  [X] Written report sufficient
"""

SIGNATURE = """
Best wishes,
Priya
Priya Nair
Senior Social Worker | Exploitation and Missing Hub
Sexual Exploitation Lead Practitioner | Domestic Abuse Champion | MAPPA Liaison
Family Safeguarding, Castleford Office, WF10 1AB | 01977 555 0188

Worried that a young person is being groomed or sexually exploited? Trust your instincts and call 101, or 999 if they are in danger.
Living with domestic abuse? Help is there for you - ring the 24-hour line on 0800 555 0199 or visit www.safer-castleford.org.uk.

Confidential: this message and anything sent with it are for the named addressee only and may include details of police investigations, registered sex offenders or child protection plans. If it reached you by mistake, please delete it and tell us. Messages to and from the council may be monitored.
"""

NEGLECT = "the home is cold and dirty and Kai is often hungry at school. The family are not known to police."


@pytest.mark.parametrize("html", [False, True])
def test_a_signature_slogans_and_a_notice_under_a_sign_off_are_no_criterion(html: bool) -> None:
    """The titles (sexual exploitation, domestic abuse, MAPPA), the slogans and the notice's
    "police investigations, registered sex offenders" gave CSE, DA and RSO on a neglect case."""
    inv = _email(MESSAGE.format(reason=NEGLECT) + SIGNATURE, html=html)
    result = run(inv, received=RECEIVED)
    assert {c.criterion.value for c in result.criteria} == set()
    assert result.decision.suggested.value == "report_only"


def test_the_message_above_the_signature_is_still_read() -> None:
    reason = "Mr Drake, who stays most nights, is a registered sex offender."
    assert _criteria(_email(MESSAGE.format(reason=reason) + SIGNATURE)) == {
        "registered_sex_offender"
    }


def test_a_message_forwarded_under_the_signature_is_read() -> None:
    """A forward's header block ends the signature above it: the booking below is read."""
    body = (
        "Please see below - forwarded for your information.\n\nThanks\nPriya Nair\nBusiness Support | Exploitation and Missing Hub\n\n"
        "-----Original Message-----\n"
        "From: Tom Reid <tom.reid@wakefield.gov.uk>\n"
        "Sent: 08 January 2027 16:20\n"
        "To: Conference Bookings\n"
        "Subject: ICPC - DRAKE\n\n"
        + MESSAGE.format(
            reason="Kai was placed in police protection on 06/01/2027 after being found alone at night."
        )
    )
    assert _criteria(_email(body)) == {"police_protection"}


def test_a_family_s_details_under_a_sign_off_end_its_tail() -> None:
    """A covering note signed off above the details pasted under it: a line with a date of
    birth or a booking form's heading is no signature's."""
    body = (
        "Booking below.\n\nRegards\nPriya Nair\n\n"
        "Child: Kai Drake, DOB 14/06/2019\n"
        "Reason for conference\n"
        "Mr Drake was arrested on 05/01/2027 for assaulting Kai and remains on police bail.\n"
    )
    assert "current_investigation" in _criteria(_email(body))


def test_a_notice_after_a_sentence_about_the_family_on_its_line_is_cut_off() -> None:
    """An HTML paragraph that runs the family's last sentence into the council's notice."""
    reason = (
        "Mr Drake remains on police bail for assaulting Kai. This e-mail and any attachments are "
        "confidential and intended only for the addressee; they may concern a child sexual "
        "exploitation or offender management matter."
    )
    assert _criteria(_email(MESSAGE.format(reason=reason), html=True)) == {"current_investigation"}


def test_a_slogan_with_no_sign_off_is_no_criterion_and_a_named_contact_is_read() -> None:
    slogan = "Worried a child is being sexually exploited? You can report it to the police on 101."
    assert _criteria(_email(MESSAGE.format(reason=NEGLECT) + "\n" + slogan + "\n")) == set()
    named = "You can reach DS Roper, who manages Mr Drake as a registered sex offender, on 01924 555 0101."
    assert _criteria(_email(MESSAGE.format(reason=NEGLECT) + "\n" + named + "\n")) == {
        "registered_sex_offender"
    }


def test_a_call_me_sentence_inside_the_message_leaves_its_paragraph_read() -> None:
    """Only the message's last paragraphs can be slogans: a paragraph of the story that ends
    "if you need anything, call me on …" is above the form's lines, and is read."""
    reason = (
        "The suspect, who stays at the house, is on police bail for assaulting Kai; the police "
        "investigation is ongoing. If you need anything, call me on 01977 555 0188."
    )
    assert "current_investigation" in _criteria(_email(MESSAGE.format(reason=reason)))


def test_roles_on_an_addressee_line_are_no_criterion_and_a_role_in_a_sentence_is_read() -> None:
    copied = "Copied to: Helen Frost (Domestic Abuse Co-ordinator); Jamal Okoro, CSE Lead"
    assert _criteria(_email(MESSAGE.format(reason=NEGLECT) + "\n" + copied + "\n")) == set()
    told = (
        "Ms Drake disclosed domestic abuse by her ex-partner; PC Helen Frost (Domestic Abuse "
        "Officer) is working with her and he is on bail."
    )
    assert "domestic_abuse_current_involvement" in _criteria(_email(MESSAGE.format(reason=told)))


def test_a_first_invitation_brought_forward_is_no_reschedule() -> None:
    body = "Sorry this is short notice - the ICPC has been brought forward because the chair is on leave."
    page = Page("body", tuple(body.split("\n")))
    info = _email(body).message
    assert classify_message(info, [page])[0] is not MessageKind.RESCHEDULE
    moved = "The ICPC has been brought forward to Monday 18 January 2027 at 2pm."
    assert classify_message(info, [Page("body", (moved,))])[0] is MessageKind.RESCHEDULE


def _letters(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c not in "\ufdd0\ufdd1")


@given(st.lists(st.text(max_size=80), max_size=12))
def test_footer_lines_keep_every_word_of_the_page_in_order(lines: list[str]) -> None:
    """Untrusted text: every line comes back (a notice's line cut in two at most, the white
    space between the halves left off), in order, and the page's segments never raise."""
    out = footer_lines(lines, continues=lambda above, line: not above.endswith("."))
    assert _letters("".join(line for line, _ in out)) == _letters("".join(lines))
    list(segments([Page("body", tuple(lines))]))


def test_a_confidential_line_that_names_someone_is_the_message_s_own() -> None:
    """A notice names no one in particular: a covering line that calls itself confidential
    and tells of Mr Drake is the message."""
    reason = (
        "This e-mail holds confidential details of Mr Drake, who is a registered sex offender "
        "and stays at the house most nights."
    )
    assert _criteria(_email(MESSAGE.format(reason=reason))) == {"registered_sex_offender"}
