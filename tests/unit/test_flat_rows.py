"""A table flattened into plain text one cell a line becomes the form model's rows again
(`parsers.flat_rows`; brief "marks", gap 4): the people keep their dates of birth and
relationships, and the police question its one answer."""

from __future__ import annotations

from parsers.fields import read_fields
from parsers.flat_rows import flat_rows
from parsers.records import CELL, Page, PoliceTick
from tests.unit.test_fields import _info

BODY = """Good morning,
Please see below the details for the Initial Child Protection Conference, copied from our system.
Type of conference
Initial Child Protection Conference
Date
Wednesday 16 December 2026
Time
14:00

Children
Name
DOB
Gender
Kacey Lumb
22/05/2016
Female
Tyler-James Lumb
03/11/2019
Male

Parents / carers
Name
DOB
Relationship
Donna Lumb
14/02/1990
Mother
Wayne Pickles
not known
Mother's partner

Police attendance
Required
No
Report only
Yes

Thanks,
Claire Booth"""


def _fields(text: str):  # type: ignore[no-untyped-def]
    page = Page(location="body", lines=tuple(text.split("\n")))
    return read_fields(info=_info(sender="claire.booth@calderdale.gov.uk"), pages=[page])


def test_the_people_of_a_flattened_table_keep_their_dates_of_birth_and_relationships() -> None:
    fields = _fields(BODY)
    children = {(c.name, c.date_of_birth.isoformat() if c.date_of_birth else None)
                for c in fields.children}  # fmt: skip
    assert children == {("Kacey Lumb", "2016-05-22"), ("Tyler-James Lumb", "2019-11-03")}
    adults = {(a.name, a.relationship) for a in fields.adults}
    assert adults == {("Donna Lumb", "Mother"), ("Wayne Pickles", "Mother's partner")}


def test_options_flattened_over_their_answers_give_the_one_answer() -> None:
    assert _fields(BODY).police_tick is PoliceTick.REPORT_SUFFICIENT


def test_a_record_that_does_not_fit_ends_the_table_and_nothing_is_shifted() -> None:
    lines = ["Name", "DOB", "Relationship", "Donna Lumb", "14/02/1990", "Mother",
             "Wayne Pickles", "Mother's partner", "Kacey Lumb"]  # fmt: skip
    # his date of birth was an empty cell, so its line is gone: his record ends the table
    assert flat_rows(lines) == (
        f"Name{CELL}DOB{CELL}Relationship",
        f"Donna Lumb{CELL}14/02/1990{CELL}Mother",
        "Wayne Pickles",
        "Mother's partner",
        "Kacey Lumb",
    )


def test_an_option_with_its_answer_gone_breaks_the_pairs() -> None:
    lines = ["Police attendance", "Required", "Report only", "X"]
    assert flat_rows(lines) == tuple(lines)


def test_lines_that_are_no_flattened_table_are_kept() -> None:
    lines = ["Name", "Kacey Lumb", "Date of birth", "22/05/2016", "Is she known to police?", "No"]
    assert flat_rows(lines) == tuple(lines)
