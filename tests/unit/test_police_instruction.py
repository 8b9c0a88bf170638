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
