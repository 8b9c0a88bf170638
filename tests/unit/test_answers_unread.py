"""A booking form read as its labels alone is no "neither box ticked" (issue 11: `report_only`
only when the reading is complete; set s layout 91): `discuss`, with a reason that says the
form's answers could not be read — not POLICY.md rule 2's `report_only`, and not
`manual_review`, which POLICY.md keeps for its listed causes."""

from __future__ import annotations

import datetime as dt

from parsers import parse_email
from parsers.records import Person, PoliceTick
from tests.builders import mail_builder as mail
from tests.builders.annot_builder import printed_form
from tests.unit.test_triage_helpers import invitation, run
from triage.records import Suggestion

NOTE = "Please see the booking form attached."
NOTHING_READ: dict[str, object] = {
    "reason": None,
    "children": (),
    "adults": (),
    "police_question": True,
    "tick": PoliceTick.NEITHER,
}


def test_a_form_whose_answers_were_all_missed_is_discussed() -> None:
    decision = run(invitation(NOTE, **NOTHING_READ)).decision
    assert decision.suggested is Suggestion.DISCUSS
    assert any("answers could not be read" in reason for reason in decision.reasons)


def test_a_form_with_its_family_read_and_neither_box_ticked_is_still_a_report() -> None:
    family = {
        "children": (Person("Amy Test", dt.date(2019, 3, 1)),),
        "adults": (Person("Beth Test", dt.date(1990, 1, 2), "Mother"),),
    }
    read = {**NOTHING_READ, **family}
    assert run(invitation(NOTE, **read)).decision.suggested is Suggestion.REPORT_ONLY


def test_a_child_alone_read_with_no_reason_is_no_reading_a_report_rests_on() -> None:
    """Set v (`triage.flags.nothing_read`): no reason and no whole family — `missing_reason` and
    `missing_family_details` both — is `discuss`, the form's "neither ticked" notwithstanding."""
    read = {**NOTHING_READ, "children": (Person("Amy Test", dt.date(2019, 3, 1)),)}
    decision = run(invitation(NOTE, **read)).decision
    assert decision.suggested is Suggestion.DISCUSS
    assert any("whole family" in reason for reason in decision.reasons)


def test_a_form_with_its_reason_read_and_neither_box_ticked_is_still_a_report() -> None:
    read = {**NOTHING_READ, "reason": "Neglect of the home."}
    assert run(invitation(NOTE, **read)).decision.suggested is Suggestion.REPORT_ONLY


def test_a_form_that_does_not_ask_the_police_question_is_not_held_back() -> None:
    read = {**NOTHING_READ, "police_question": False, "reason": "Neglect of the home."}
    assert run(invitation(NOTE, **read)).decision.suggested is Suggestion.REPORT_ONLY
    # with nothing read at all, no question asked is no answer either (`nothing_read`)
    empty = {**NOTHING_READ, "police_question": False}
    assert run(invitation(NOTE, **empty)).decision.suggested is Suggestion.DISCUSS


def test_a_printed_form_whose_answers_are_not_in_its_text_goes_to_a_person() -> None:
    """End to end: the labels of a printed form and nothing else (its answers in a layer
    not read), the date in the covering email."""
    raw = mail.plain(
        "Please find attached the booking form. The conference is on Tuesday 16 March 2027 "
        "at 10am.",
        attachments=[("booking form.pdf", printed_form().data, "application/pdf")],
        sender="Conference Team <conferences@wakefield.gov.uk>",
        subject="Initial child protection conference",
    )
    result = run(parse_email(raw), received=dt.date(2027, 3, 1))
    assert result.decision.suggested is Suggestion.DISCUSS
    assert any("answers could not be read" in reason for reason in result.decision.reasons)


def test_the_police_question_after_an_empty_reason_box_is_not_its_reason() -> None:
    raw = mail.plain(
        "The booking form is attached.",
        attachments=[("booking form.pdf", printed_form().data, "application/pdf")],
        sender="Conference Team <conferences@wakefield.gov.uk>",
        subject="Initial child protection conference",
    )
    fields = parse_email(raw).fields
    assert fields.police_question
    assert fields.reason is None
