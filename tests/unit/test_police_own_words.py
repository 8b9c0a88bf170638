"""The police question and its options in a form's or a letter's own words (issue 11, set A)."""

from __future__ import annotations

import pytest

from parsers.fields_tick import police_tick
from parsers.police_prose import police_request_in_prose
from parsers.records import Page, PoliceTick

R, W, B, N = (PoliceTick.REQUIRED, PoliceTick.REPORT_SUFFICIENT, PoliceTick.BOTH,
              PoliceTick.NEITHER)  # fmt: skip


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("What are we asking of the police?\t☐ Someone to attend ☒ Notes in writing only", W),
        ("Police at the meeting\t☒ To be present at the review ☐ Written information only", R),
        ("West Yorkshire Police\t☒ An officer there ☐ Written update", R),
        ("West Yorkshire Police\t☐ An officer there ☐ Written update", N),
    ],
)
def test_boxed_options_in_the_form_s_own_words_are_read_by_what_they_speak_of(
    line: str, expected: PoliceTick
) -> None:
    assert police_tick([Page("form.docx", ("Part 5", line))]) is expected


def test_a_boxed_event_under_the_police_label_is_no_option() -> None:
    line = "West Yorkshire Police\t☒ Attended the home on 3 May ☐ Written update"
    assert police_tick([Page("form.docx", (line,))]) is not PoliceTick.REQUIRED


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Police needed at the meeting?\tIn person: NO\tWritten report: YES", W),
        ("West Yorkshire Police\tAttend: YES\tWritten report: YES", B),
    ],
)
def test_a_row_headed_by_its_question_with_each_option_answered(
    row: str, expected: PoliceTick
) -> None:
    assert police_tick([Page("body", (row,))]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Do we want the police at the conference? Yes - the bail matters.", R),
        ("Should an officer come to the meeting? No, thank you, a report is fine.", W),
        ("Is anyone from the police coming to the meeting? No idea yet.", None),
        ("From the police we only need the written checks - nobody needs to come along.", W),
    ],
)
def test_a_letter_that_asks_itself_the_question_and_answers_it(
    text: str, expected: PoliceTick | None
) -> None:
    assert police_request_in_prose(text) is expected
