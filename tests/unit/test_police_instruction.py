"""The police's line in a list of invitees, each agency with its own instruction (issue 11,
set B: every such line read as no answer)."""

from __future__ import annotations

import pytest

from parsers.fields_tick import police_tick
from parsers.police_instruction import agency_instruction
from parsers.records import Page, PoliceTick

R, W, B, X = (PoliceTick.REQUIRED, PoliceTick.REPORT_SUFFICIENT, PoliceTick.BOTH,
              PoliceTick.NOT_FOUND)  # fmt: skip


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("WYP (Halifax CSU) – we need someone there in person, please", R),
        ("Police, Safeguarding Unit - your presence at the review is requested", R),
        ("CPPU Killingbeck - a short written update only; there is no need to come", W),
        ("West Yorkshire Police - not needed at the meeting, written information will do", W),
        ("Police (Dewsbury CSU) - in person - NO / written update - YES", W),
        ("Police (Dewsbury CSU) - in person - YES / written update - YES", B),
        # naming the police with no instruction, or asking them
        ("West Yorkshire Police - Bradford District Safeguarding Unit", X),
        ("Police - can you let us know whether you will attend?", X),
    ],
)
def test_the_police_line_of_an_invitee_list_is_their_answer(
    line: str, expected: PoliceTick
) -> None:
    lines = ("Invited", "Mum - invited", "School - please attend and bring the register", line)
    assert police_tick([Page("body", lines)]) is expected


def test_another_agency_s_instruction_is_not_the_police_s() -> None:
    assert agency_instruction("Health visitor - please attend and bring the growth charts") == []
    assert agency_instruction("School nurse: a written report only") == []


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # an agenda's running order: the police's item and how it is taken
        (
            (
                "Time\tItem\tHow",
                "10:20\tSchool\tin person",
                "10:40\tPolice (Leeds CPPU)\tattending, please",
            ),
            R,
        ),
        (
            (
                "Time\tItem\tHow",
                "10:20\tSchool\tin person",
                "10:40\tWYP\tupdate read out by the chair (no attendance)",
            ),
            W,
        ),
        (
            (
                "Health update - school nurse, in person",
                "Police update - DC Hartley (core group), in person",
            ),
            R,
        ),
        # the aside wrapped onto the next line
        (
            (
                "School - in person",
                "Police checks - a summary will be read out by the chair (officer",
                "not needed)",
            ),
            W,
        ),
        # another agency in person, the police row empty
        (("10:20\tSchool\tin person", "10:40\tPolice\t"), X),
    ],
)
def test_the_police_item_of_a_running_order_says_how_they_take_part(
    lines: tuple[str, ...], expected: PoliceTick
) -> None:
    assert police_tick([Page("agenda.pdf p1", lines)]) is expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("WYP Safeguarding\t(a) someone at the meeting (b) a written summary\tb", W),
        ("WYP Safeguarding\t(a) someone at the meeting (b) a written summary\ta", R),
        ("Police (CSU)\t1. in person 2. a written update\t2", W),
    ],
)
def test_a_letter_in_the_answer_column_chooses_the_lettered_option(
    row: str, expected: PoliceTick
) -> None:
    lines = ("Agency\tWhat we ask\tAnswer", "Nursery\tattend\tyes", row)
    assert police_tick([Page("form.docx", lines)]) is expected


def test_the_police_s_story_in_a_row_is_no_instruction() -> None:
    row = (
        "Police involvement / information\tA DA officer from the Leeds unit is allocated and "
        "working with mum; Mr Dean is on bail with conditions and the case was heard at MARAC "
        "last week"
    )
    assert agency_instruction(row) == []


def test_a_sentence_to_the_police_after_their_name_says_what_the_form_was_answered() -> None:
    line = (
        "Police: I've marked the booking form 'written report only' because the offender "
        "manager tells me she will be sending the chair an update in any case."
    )
    assert police_tick([Page("body", ("Hi all,", line))]) is W
