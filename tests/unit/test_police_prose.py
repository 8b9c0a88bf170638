"""The police request said in a sentence (issue 11, set n: letters in the email body)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.police_prose import police_request_in_prose
from parsers.records import PoliceTick

REQUIRED, REPORT = PoliceTick.REQUIRED, PoliceTick.REPORT_SUFFICIENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wanting the police there, in the words of several councils
        ("It has been agreed with DI Royston that an officer from the unit will attend.", REQUIRED),
        ("Police attendance would be very helpful at this review, as his offending is central.",
         REQUIRED),
        ("An officer's attendance is essential given the ongoing investigation.", REQUIRED),
        ("The chair has asked that police are present at the conference.", REQUIRED),
        ("We would be grateful if an officer could attend the conference.", REQUIRED),
        # not wanting them there, or a report being enough
        ("We are not asking for police attendance, but would be grateful for a written update.",
         REPORT),
        ("We do not anticipate needing police attendance and a written report will suffice.",
         REPORT),
        ("Police - a written report will suffice for this conference.", REPORT),
        ("There is no need for an officer to attend; please forward your report.", REPORT),
        ("Police: your attendance isn't required, a report is enough.", REPORT),
        ("A police report in lieu of attendance is acceptable.", REPORT),
        ("A written report will not suffice on this occasion: police should attend.", REQUIRED),
        # saying neither: questions, conditions, events, other people, option words
        ("Please let us know whether an officer will attend the conference.", None),
        ("If an officer cannot attend, please send a written report beforehand.", None),
        ("Officers attending a call found the children alone.", None),
        ("Police were asked to attend after a neighbour called.", None),
        ("Mrs Hamid will attend with an interpreter; police have been informed.", None),
        ("Police attendance required\nThe chair will confirm the time.", None),
        ("Police attendance required / written report sufficient", None),
        ("Can an officer attend?", None),
    ],
)  # fmt: skip
def test_a_sentence_says_whether_the_police_are_wanted(
    text: str, expected: PoliceTick | None
) -> None:
    assert police_request_in_prose(text) is expected


def test_the_first_clause_that_decides_is_the_answer_and_a_mailer_wrap_is_one_sentence() -> None:
    text = (
        "Following the chair's discussion with DI Kaur, it has been agreed that an officer\n"
        "will attend, and we would be grateful if they could. A written report is still due."
    )
    assert police_request_in_prose(text) is REQUIRED


@given(st.text(max_size=300))
def test_any_text_gives_an_answer_or_none(text: str) -> None:
    assert police_request_in_prose(text) in {REQUIRED, REPORT, None}


def test_a_capitals_label_with_its_value_below_is_an_answer() -> None:
    """Issue 11, set c: an old case system prints "POLICE ATTENDANCE" over "REQUIRED"."""
    assert police_request_in_prose("POLICE ATTENDANCE\nREQUIRED\n\n=====") is REQUIRED
    assert police_request_in_prose("Police attendance required") is None


def test_an_arrangement_is_no_request_when_a_form_is_below_it() -> None:
    """Issue 11, set g: a reply saying the chair and the DI agreed that police will attend
    reports a negotiation; above a form, the form's tick box stays the answer."""
    text = "Following my call with DI Mahmood, it has been agreed that police will attend."
    assert police_request_in_prose(text) is REQUIRED
    assert police_request_in_prose(text, agreed_counts=False) is None
    asked = "The chair asks that an officer attends the conference."
    assert police_request_in_prose(asked, agreed_counts=False) is REQUIRED


def test_a_question_says_nothing_in_any_of_its_clauses() -> None:
    """Set m: "Has police attendance been agreed between the Chair and the DI?" was cut at
    "… and the DI?" and its first clause read as an agreement."""
    text = "Has police attendance been agreed between the Chair and the DI? No"
    assert police_request_in_prose(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # set p (76-03): a covering note that points at the form's guidance asks nothing
        "The leaflet attached sets out when police attendance is needed at a review.",
        "Section 7 describes where an officer's attendance would be expected.",
        "I have copied the protocol paragraph on whether police should attend initial conferences.",
    ],
)
def test_a_sentence_about_when_police_attend_in_general_asks_nothing(text: str) -> None:
    assert police_request_in_prose(text) is None


def test_a_request_followed_by_when_the_meeting_is_still_a_request() -> None:
    text = "Police attendance is requested when the ICPC reconvenes."
    assert police_request_in_prose(text) is REQUIRED


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("A police report is great - I don't think the Chair needs anyone to attend.", REPORT),
        ("We do not believe an officer needs to attend the review; we will share it.", REPORT),
        ("The chair doesn't expect the police to attend this time.", REPORT),
        ("We think police attendance is needed - the chair has asked for it.", REQUIRED),
        ("Police attendance is required - please let us know who.", REQUIRED),
    ],
)  # fmt: skip
def test_a_negated_opinion_turns_the_request_after_it(text: str, answer: PoliceTick) -> None:
    """Issue 11, set r: "I don't think the Chair needs anyone to attend" was read as police
    attendance wanted, so a pre-birth conference with no criterion went to discuss."""
    assert police_request_in_prose(text) is answer
