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
