"""A form's question printed on its own is the form's words: what it asks is affirmed only by
a yes under it (`triage.questions`; brief "marks", gap 3)."""

from __future__ import annotations

import pytest

from tests.unit.test_triage_helpers import met
from triage.questions import affirmed_by, bare_question

FORM = (
    "REQUEST FOR INITIAL CHILD PROTECTION CONFERENCE",
    "1. Child's name: Tyler Brookes",
    "2. Reason for conference: Poor home conditions; Tyler often late to school and unkempt.",
)


@pytest.mark.parametrize(
    "questions",
    [
        ("7. Any arrests?", "8. Has anyone been charged?", "9. Police attendance: report only"),
        ("7. Any arrests?", "", "Kind regards"),
        ("Has anyone been charged?", "No", ""),
        ("Q7 Is there a current police investigation?", "N/A"),
        ("Is any adult in the household a registered sex offender? (or a visitor)", "", "Unknown"),
        ("Is the child subject to a police investigation?",),
    ],
)
def test_a_question_with_its_answer_blank_or_no_affirms_nothing(questions: tuple[str, ...]) -> None:
    assert met(*FORM, *questions) == set()


@pytest.mark.parametrize(
    "questions",
    [
        ("7. Is there a current police investigation? Yes",),
        ("7. Is there a current police investigation?", "Yes - DC Hirst, CID Wakefield"),
        ("Has anyone been arrested?", "☒ Yes ☐ No"),
    ],
)
def test_a_question_answered_yes_affirms_what_it_asks(questions: tuple[str, ...]) -> None:
    assert met(*FORM, *questions) == {"current_investigation"}


def test_an_answer_of_its_own_under_a_question_is_read_as_written() -> None:
    lines = ("7. Any arrests?", "Mr Brookes was arrested on 30/11/2026 for assaulting Tyler.")
    assert met(*FORM, *lines) == {"current_investigation"}


def test_a_letter_s_question_that_states_a_fact_is_read_as_said() -> None:
    lines = ("Mum's partner was arrested last week for hitting Tyler. Is he still on bail?",)
    assert met(*FORM, *lines) == {"current_investigation"}


@pytest.mark.parametrize(
    ("unit", "bare"),
    [
        ("7. Any arrests?", True),
        ("Q3: Has anyone been charged?", True),
        ("1.2 What is the police involvement? (e.g. arrest, bail)", True),
        ("Could you attend given father's arrest?", False),  # written to the reader
        ("Has dad been arrested since the assault? Yes", False),  # answered on its line
        ("Father was arrested. Is he on bail?", False),  # a fact, then a question
        ("Police attendance required?", False),  # not a form question's opening
    ],
)
def test_what_is_a_bare_form_question(unit: str, bare: bool) -> None:
    assert bare_question(unit) is bare


@pytest.mark.parametrize(
    ("answer", "affirms"),
    [
        ("☐ Yes ☒ No", False),
        ("Y", True),
        ("Not known", False),
        ("9. Police attendance: report only", False),  # the form's next item
        ("Venue: Castleford Civic Centre", False),
        ("Kind regards", False),
        (None, False),
        ("Seen getting into cars with older males", True),  # an answer of its own: as before
    ],
)
def test_what_under_a_question_affirms_it(answer: str | None, affirms: bool) -> None:
    assert affirmed_by(answer) is affirms
