"""A request for the police in words beside a form that says otherwise (issue 11, set B).

The covering note and the booking form can disagree, and a form can carry a direction written
under its boxes by someone else (a chair's). The box stays the form's answer; the request in
words is a request all the same: POLICY.md rule 2, a person decides (`discuss`), never a
`report_only` that drops it.
"""

from __future__ import annotations

from parsers.fields_tick import police_asked_in_words
from parsers.police_prose import police_request_in_prose
from parsers.records import Page, PoliceTick
from tests.unit.test_triage_helpers import attachment, invitation, run
from triage.records import Suggestion

FORM = (
    "BOOKING FORM",
    "Police\t☐ Officer to attend\t☒ Written report sufficient",
)


def _body(*lines: str) -> Page:
    return Page("body", tuple(lines))


def test_a_covering_note_asking_for_an_officer_is_read_beside_a_form_ticked_for_a_report() -> None:
    pages = [
        _body("Hello,", "", "It would be really helpful if an officer could attend this one.", ""),
        Page("form.pdf p1", FORM),
    ]
    assert police_asked_in_words(pages)


def test_a_direction_written_on_the_form_under_its_boxes_is_read() -> None:
    lines = (
        *FORM,
        "Notes from the chair:",
        "Given the concerns I would like police to be present at the meeting if at all",
        "possible. T. Morley",
    )
    assert police_asked_in_words([_body("See attached."), Page("form.pdf p1", lines)])


def test_rows_of_a_form_and_dotted_leaders_are_no_request_in_words() -> None:
    lines = (
        "Agency\tWhat is needed\tAttendance at conference",
        "Nursery\tAttendance record and a short update\tRequested",
        "Police\tWritten report\t",
        "Police attendance requested ................",
    )
    assert not police_asked_in_words([_body("Form attached."), Page("form.pdf p1", lines)])


def test_an_old_request_quoted_under_the_reply_is_not_read() -> None:
    body = _body(
        "Thanks - the written report is fine.",
        "",
        "> Could police please attend the conference on Monday?",
        "> We would welcome police presence at the meeting.",
    )
    assert not police_asked_in_words([body])


def test_being_there_said_in_other_words_is_attending() -> None:
    said = police_request_in_prose
    assert said("I would like the police to be there given the concerns.") is PoliceTick.REQUIRED
    assert said("Police presence is requested at the conference.") is PoliceTick.REQUIRED
    assert said("We would welcome police representation.") is PoliceTick.REQUIRED


def test_a_form_ticked_for_a_report_and_a_note_asking_for_police_is_discussed() -> None:
    inv = invitation(
        "Form attached. Police attendance would be appreciated if you can spare someone.",
        tick=PoliceTick.REPORT_SUFFICIENT,
        reason="Neglect of the home.",
        police_asked_in_words=True,
        attachments=(attachment(*FORM),),
    )
    result = run(inv)
    assert result.decision.suggested is Suggestion.DISCUSS
    assert "asks in words" in " ".join(result.decision.reasons)


def test_a_form_ticked_for_a_report_with_no_request_in_words_stays_report_only() -> None:
    inv = invitation(
        "Form attached.",
        tick=PoliceTick.REPORT_SUFFICIENT,
        reason="Neglect of the home.",
        attachments=(attachment(*FORM),),
    )
    assert run(inv).decision.suggested is Suggestion.REPORT_ONLY


def test_a_question_answered_on_its_line_is_the_form_s_not_a_request_in_words() -> None:
    body = _body(
        "Booking details below.",
        "",
        "Is police attendance required - NO (delete as appropriate)",
        "Police: Attendance required - no / Written report sufficient - yes",
        "Police attendance required: No",
    )
    assert not police_asked_in_words([body])
