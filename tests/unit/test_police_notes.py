"""An answer written beside the police question's box instead of in it (issue 11, set B)."""

from __future__ import annotations

import pytest

from parsers.fields_tick import police_tick
from parsers.records import Page, PoliceTick

R, W, N = PoliceTick.REQUIRED, PoliceTick.REPORT_SUFFICIENT, PoliceTick.NEITHER
QUESTION = "Q9. What are you asking the police for?"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("☐ Someone from the police at the meeting\tY", "☐ Their information in writing", R),
        ("☐ Someone from the police at the meeting", "☐ Their information in writing\t← please", W),
        (
            "☐ Someone from the police at the meeting",
            "☐ Their information in writing\ta written update will do",
            W,
        ),
        (
            "☐ Someone from the police at the meeting\tan officer is needed",
            "☐ Their information in writing",
            R,
        ),
        # a note that does not affirm its option, or none at all
        ("☐ Someone from the police at the meeting\tno", "☐ Their information in writing", N),
        ("☐ Someone from the police at the meeting", "☐ Their information in writing", N),
    ],
)
def test_a_note_beside_an_empty_box_chooses_its_option(
    first: str, second: str, expected: PoliceTick
) -> None:
    assert police_tick([Page("form.pdf p1", ("Part C", QUESTION, first, second))]) is expected


def test_a_note_beside_a_box_of_another_list_is_no_police_answer() -> None:
    lines = ("Which services are involved?", "☐ Home visits by an officer\tyes", "☐ Letters")
    assert police_tick([Page("form.pdf p1", lines)]) is PoliceTick.NOT_FOUND


def test_an_option_written_out_with_a_yes_after_it_is_chosen() -> None:
    lines = (
        "Police - what would help most?",
        "Somebody from the police at the meeting",
        "A summary in writing   yes",
    )
    assert police_tick([Page("form.docx", lines)]) is PoliceTick.REPORT_SUFFICIENT


def test_a_note_under_the_empty_boxes_of_the_police_question_answers_it() -> None:
    lines = (
        "Is police presence requested?",
        "Yes ☐ No ☐",
        "We'd like an officer there in person please - SW",
    )
    assert police_tick([Page("form.docx", lines)]) is PoliceTick.REQUIRED


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Police presence required: X", R), ("☒ Police presence requested", R)],
)
def test_police_presence_is_the_attend_option(line: str, expected: PoliceTick) -> None:
    assert police_tick([Page("form.pdf p1", (line, "Written report sufficient:"))]) is expected
