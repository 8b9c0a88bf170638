"""An unborn child named in a hurried line by the family's surname and its due date ("PB ICPC
unborn Ashworth (EDD 01/03/27)") is the conference's child (issue 11, set l: a reply that gives
the whole booking in one line was flagged `missing_family_details`)."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.fields_people import read_people
from parsers.people_prose import unborn_of
from parsers.records import Page


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PB ICPC unborn Ashworth (EDD 01/03/27), tues 26/1 at 1.30", ["Unborn Ashworth"]),
        ("Unborn baby Smith, EDD 14/02/2027", ["Unborn baby Smith"]),
        ("the unborn baby of Chloe Haigh is due in March", ["Unborn baby of Chloe Haigh"]),
        ("Unborn baby (EDD 01/03/2027)", []),
        ("unborn Baby due in March", []),
        ("Ms Ashworth is pregnant with her unborn child.", []),
    ],
)
def test_an_unborn_child_is_named_by_its_surname_and_due_date(
    line: str, expected: list[str]
) -> None:
    assert unborn_of(Page("body", (line,))) == expected


def test_a_reply_that_gives_the_booking_in_a_line_names_its_unborn_child() -> None:
    line = (
        "sorry forgot form - details here. PB ICPC unborn Ashworth (EDD 01/03/27), tues 26/1 at "
        "1.30, Britannia House. Mum Lauren Ashworth, dad Kyle Dennison."
    )
    family = read_people([Page("body", (line,))], reference=date(2027, 1, 18))
    assert [(c.name, c.expected) for c in family.children] == [("Unborn Ashworth", True)]
