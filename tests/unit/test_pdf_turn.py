"""A PDF page's text is read upright whatever `/Rotate` and the text matrices say
(`parsers.pdf_turn`; issue 11, set o layout 75). Pages drawn here with reportlab."""

from __future__ import annotations

import io
from functools import cache

import pytest
from pypdf import PdfReader, PdfWriter

from parsers.pdf import read_pdf
from parsers.records import CELL, MARKED, UNMARKED
from tests.builders import pdf_builder as build
from tests.builders.geometry_builder import Box, BoxStyle, Item, Text, page_pdf, words

ANGLES = (0, 90, 180, 270)


def form() -> list[Item]:
    """A few label | value rows and a police question with a filled and an empty box."""
    items: list[Item] = []
    y = 780.0
    for label, value in (
        ("Meeting", "Review child protection conference"),
        ("When", "Tuesday 16 March 2027 at 2.45pm"),
        ("Where", "Room 4, Civic Offices"),
        ("Young people", "Kacey Dunmore 11/11/2011"),
    ):
        items += words(50, y, label) + words(180, y, value)
        y -= 20
    items += words(50, y - 10, "Police contribution (mark one)", font="Helvetica-Bold")
    boxes: tuple[tuple[BoxStyle, str], ...] = (
        ("outline", "Attendance at the meeting requested"),
        ("filled", "A report only is needed"),
    )
    for style, label in boxes:
        y -= 28 if style == "outline" else 18
        items += [Box(50, y - 1, style), *words(66, y, label)]
    return items


def lines_of(data: bytes) -> list[str]:
    return [line for page in read_pdf(data, name="turned.pdf").pages for line in page.lines]


@cache
def upright_lines() -> list[str]:
    return lines_of(page_pdf([form()]))


def test_the_upright_page_reads_as_its_rows() -> None:
    lines = upright_lines()
    assert f"When{CELL}Tuesday 16 March 2027 at 2.45pm" in lines
    assert f"{UNMARKED} Attendance at the meeting requested" in lines
    assert f"{MARKED} A report only is needed" in lines


@pytest.mark.parametrize("rotate", ANGLES)
@pytest.mark.parametrize("turn", ANGLES)
def test_a_page_reads_the_same_whatever_its_rotate_and_the_way_its_text_is_drawn(
    turn: int, rotate: int
) -> None:
    assert lines_of(page_pdf([form()], turn=turn, rotate=rotate)) == upright_lines()


def test_text_running_across_the_page_is_read_upright_after_the_page() -> None:
    """A note printed up the left margin (reading bottom to top) is a line of its own, not
    one line a letter among the form's lines."""
    note = Text(30, 200, "Printed from CareDesk on 01/03/2027", size=8, angle=90)
    lines = lines_of(page_pdf([[*form(), note]]))
    assert lines == [*upright_lines(), "Printed from CareDesk on 01/03/2027"]


@pytest.mark.parametrize("rotate", [90, 270])
def test_form_field_values_stay_beside_their_labels_on_a_rotated_page(rotate: int) -> None:
    """A filled AcroForm given `/Rotate`: its printed labels are read turned upright, and
    its widgets' values (placed in user space) must turn with them."""
    rows = (("Kind of meeting", "Initial CPC"), ("Chaired by", "Gwen Ackroyd"))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build.acroform_pdf(rows=rows))))
    writer.pages[0].rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    lines = lines_of(out.getvalue())
    assert f"Kind of meeting{CELL}Initial CPC" in lines
    assert f"Chaired by{CELL}Gwen Ackroyd" in lines
    assert f"{MARKED} {build.REQUIRED}" in lines


def test_a_word_drawn_upside_down_is_read_forwards() -> None:
    data = page_pdf([words(100, 400, "Safeguarding lead")], turn=180)
    assert lines_of(data) == ["Safeguarding lead"]
