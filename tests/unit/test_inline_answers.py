"""`parsers.inline_answers`: a question answered inline is one `question<TAB>answer` line
(issue 11, set s, layout 92). The replies read whole are in `test_inline_replies`."""

# ruff: noqa: E501 - the emails are test data; one line of mail a line reads best
from __future__ import annotations

from parsers.inline_answers import lines_answered, negative_answer
from tests.unit.test_inline_replies import QUOTED, TEMPLATE


def test_a_quoted_question_and_the_reply_under_it_are_one_label_and_value() -> None:
    lines = QUOTED.splitlines()
    joined = lines_answered(lines)
    assert (
        "What time does it start, and where?\tIt starts at 09:30 in the Wellesley Room, Halifax Town Hall."
        in joined
    )
    # the criteria's reading joins every question to its answer; the field reader only a
    # question it knows as a label, and leaves the others over their answers' lines
    assert (
        "Is anyone in the household currently under police investigation?\t"
        "No - the 2025 allegation against Mr Holroyd was NFA and nothing since."
    ) in lines_answered(lines, keep_marks=True)
    assert "No - the 2025 allegation against Mr Holroyd was NFA and nothing since." in joined
    # the quoted words before the question stay as they were, the date with them
    assert (
        "> We are told there is a review conference for the Holroyd children on 16/12/2026."
        in joined
    )


def test_answers_after_a_marker_are_their_questions_values() -> None:
    joined = lines_answered(TEMPLATE.splitlines())
    assert "Conference type\tInitial (ICPC)" in joined
    assert "Police attendance required\tYES" in joined
    assert "Children (name, DOB):" in joined and "Ava Lumb 19/07/2019" in joined


def test_an_answer_that_denies_is_told_from_one_that_affirms() -> None:
    assert negative_answer("None. The 2024 arrest was NFA.")
    assert negative_answer("Checks were completed on every adult and the outcome was: none.")
    assert not negative_answer("Yes - DC Shaw is investigating.")
    assert not negative_answer("No longer living at the address; Mr Ryan is on bail.")
