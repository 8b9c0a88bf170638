"""The report option of the police question said as a sentence of its own ("Written report
sufficient.") answers it, as a ticked "Written report sufficient" box would (issue 11, set l:
prose bookings quoted under short replies were read as giving no answer). A question, a
"whether" or both options side by side say nothing."""

from __future__ import annotations

import pytest

from parsers.fields_tick import police_tick
from parsers.records import Page, PoliceTick


def _tick(text: str) -> PoliceTick:
    return police_tick([Page("body", tuple(text.split("\n")))])


@pytest.mark.parametrize(
    "text",
    [
        "Review CPC - Lucas Shaw.\nParents Kerry and Neil Shaw. Category physical.\n"
        "Written report sufficient.\nAnne Senior",
        "> Neglect - home conditions. No police involvement - written report sufficient.",
        "A written report will be sufficient on this occasion.",
    ],
)
def test_the_report_option_said_alone_answers_the_police_question(text: str) -> None:
    assert _tick(text) is PoliceTick.REPORT_SUFFICIENT


@pytest.mark.parametrize(
    "text",
    [
        "Please indicate whether police attendance is required or a written report sufficient.",
        "Police attendance required / written report sufficient",
        "Is a written report sufficient?",
    ],
)
def test_a_question_or_a_menu_of_both_options_answers_nothing(text: str) -> None:
    assert _tick(text) is PoliceTick.NOT_FOUND
