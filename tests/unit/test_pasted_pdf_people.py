"""The family in text copied out of a PDF into an email: columns side by side or interleaved
line by line, labels run into their names, table rows with their cell breaks lost (issue 11,
set w layout 114). Every wording here is the test's own."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from parsers import parse_email
from parsers.fields_people import read_people
from parsers.people_joins import columns_apart
from parsers.records import Page
from tests.builders.mail_builder import plain

REF = dt.date(2026, 12, 1)
GAP = " " * 30


def _family(text: str) -> tuple[list[tuple[str, dt.date | None]], list[str]]:
    family = read_people([Page("body", tuple(text.split("\n")))], reference=REF)
    return [(c.name, c.date_of_birth) for c in family.children], [a.name for a in family.adults]


def test_two_children_side_by_side_each_keep_the_birth_date_under_them() -> None:
    text = (
        f"Copied from the form:\n\nYOUNG PERSON 1{GAP}YOUNG PERSON 2\n"
        f"Kayden Firth{GAP}  Maisie Firth\n"
        f"DOB 04/04/2016{GAP}DOB 12/10/2020\n"
        f"MOTHER{GAP}        FATHER\n"
        f"Jade Firth{GAP}    Not known - no contact\n"
        f"DOB 01/01/1994{GAP}since the birth\n"
        "Reason for conference: neglect."
    )
    raw = plain(text, sender="a.user@leeds.gov.uk")
    fields = parse_email(raw).fields
    assert [(c.name, c.date_of_birth) for c in fields.children] == [
        ("Kayden Firth", dt.date(2016, 4, 4)),
        ("Maisie Firth", dt.date(2020, 10, 12)),
    ]
    assert [a.name for a in fields.adults] == ["Jade Firth"]


def test_two_columns_interleaved_line_by_line_are_read_column_after_column() -> None:
    children, adults = _family(
        "Date: 11/01/2027 Young person: Tyler Gaunt\n"
        "Time: 09:30 Date of birth: 05/05/2012\n"
        "Venue: Civic Centre, Room 2 Mother: Nadia Gaunt (12/12/1990)\n"
        "Chair: Ruth Hinch Stepfather: Lee Pashley (30/06/1985)\n"
        "Reason for conference\nTyler was hit with a belt."
    )
    assert children == [("Tyler Gaunt", dt.date(2012, 5, 5))]
    assert adults == ["Nadia Gaunt", "Lee Pashley"]


def test_one_person_a_line_in_label_value_pairs_is_no_pair_of_columns() -> None:
    lines = [
        "Name: Ava Dyson DOB: 01/02/2015",
        "Name: Ben Dyson DOB: 03/04/2017",
        "Name: Cara Dyson DOB: 05/06/2019",
    ]
    assert columns_apart(lines) == lines


def test_a_label_run_into_its_name_is_still_the_label() -> None:
    children, adults = _family(
        "REVIEW CONFERENCE\nChild Oscar Lund DOB 07/07/2018\n"
        "Maternal grandmother Irene Lund (main carer)\n"
        "Unborn baby of Petra Lund (EDD 01/04/2027)"
    )
    # the unborn baby's name is no label "Unborn baby of" before the mother's name
    assert children == [
        ("Oscar Lund", dt.date(2018, 7, 7)),
        ("Unborn baby of Petra Lund", dt.date(2027, 4, 1)),
    ]
    assert adults == ["Irene Lund"]


def test_table_rows_that_lost_their_cell_breaks_are_still_people() -> None:
    children, adults = _family(
        "Category of concern Emotional harm\n"
        "Kai Storey 02/02/2017 Male St Mary's Primary\n"
        "Amber Storey Mother 03/03/1995\n"
        "Kai Storey 02/02/2017 was seen at school on 30/11/2026. He was upset."
    )
    assert children == [("Kai Storey", dt.date(2017, 2, 2))]
    assert adults == ["Amber Storey"]


@given(st.lists(st.from_regex(r"[A-Z][a-z]{0,6}( [A-Za-z]{1,6})?: [\w/ ]{0,12}", fullmatch=True)))
def test_columns_apart_keeps_every_word(lines: list[str]) -> None:
    assert sorted(" ".join(columns_apart(lines)).split()) == sorted(" ".join(lines).split())
