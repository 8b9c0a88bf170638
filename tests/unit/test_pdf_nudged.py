"""Answers printed a little off their labels' lines are read beside their labels
(`parsers.pdf_nudged`; issue 11, set s layout 91). Forms built with reportlab
(`tests.builders.annot_builder`); every wording is invented."""

from __future__ import annotations

import pytest

from parsers.fields_people import read_people
from parsers.pdf import read_pdf
from parsers.pdf_layout import Word
from parsers.pdf_nudged import nudged
from tests.builders.annot_builder import printed_form

VALUES = {
    "Type of conference": "Initial CPC",
    "Child": "Harvey Quarmby 11/11/2016",
    "Mother": "Tegan Quarmby",
    "Father": "Rhys Lockwood",
}


def lines_of(data: bytes) -> list[str]:
    return [line for page in read_pdf(data, name="form.pdf").pages for line in page.lines]


@pytest.mark.parametrize("offset", [7.0, -7.0, 5.0])
def test_values_printed_off_their_lines_are_read_beside_their_labels(offset: float) -> None:
    lines = lines_of(printed_form(VALUES, offset=offset).data)
    assert "Child\tHarvey Quarmby 11/11/2016" in lines
    assert "Mother\tTegan Quarmby" in lines
    assert "Father\tRhys Lockwood" in lines


def test_a_mother_printed_above_her_line_is_not_read_as_a_child() -> None:
    read = read_pdf(printed_form(VALUES, offset=7.0).data, name="form.pdf")
    family = read_people(read.pages, reference=None)
    assert [c.name for c in family.children] == ["Harvey Quarmby"]
    assert {a.name for a in family.adults} == {"Tegan Quarmby", "Rhys Lockwood"}


def word(text: str, x: float, top: float, *, size: float = 9.0) -> Word:
    return Word(text, x, x + 5.0 * len(text), top, top + size, size=size)


def texts(lines: list[list[Word]]) -> list[str]:
    return [" ".join(w.text for w in line) for line in lines]


def test_a_value_between_the_two_lines_of_a_wrapped_label_stays_between_them() -> None:
    lines = [
        [word("Police to attend? Write YES", 50, 100)],
        [word("YES", 300, 105.5)],
        [word("or NO.", 50, 111)],
    ]
    assert texts(nudged(lines)) == ["Police to attend? Write YES", "YES", "or NO."]


def test_a_column_of_text_beside_another_is_not_joined_to_it() -> None:
    left = [[word(f"Left line {i}", 50, 100 + 11 * i)] for i in range(4)]
    right = [[word(f"Right line {i}", 300, 105 + 11 * i)] for i in range(4)]
    lines = [line for pair in zip(left, right, strict=True) for line in pair]
    assert nudged(lines) == lines


def test_a_value_under_its_label_at_the_same_place_is_not_joined() -> None:
    lines = [[word("Reason", 50, 100)], [word("Neglect", 50, 107)]]
    assert nudged(lines) == lines


def test_each_label_takes_the_nearest_value_only() -> None:
    lines = [
        [word("Venue", 50, 100)],
        [word("Civic Hall", 200, 106)],
        [word("Time", 50, 120)],
        [word("10:00", 200, 126)],
    ]
    assert texts(nudged(lines)) == ["Venue Civic Hall", "Time 10:00"]
