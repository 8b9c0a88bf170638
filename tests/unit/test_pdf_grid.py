"""An agency grid in a ruled PDF table (set n layout 70): blank cells keep their place, and a
✗ beside ✓s says no — so the police row's marks are read under their own column headers."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from parsers.fields_tick import police_tick
from parsers.pdf import read_pdf
from parsers.pdf_layout import Shape, Word
from parsers.pdf_marks import glyph_words
from parsers.records import CELL, MARKED, UNMARKED, Page, PoliceTick
from tests.builders.pdf_builder import unicode_font

HEADER = ("Agency", "Invited", "Attendance required", "Report requested")


def _grid(police: tuple[str, str, str]) -> bytes:
    font = unicode_font()
    if font != "DejaVuSans":
        pytest.skip("no font with ✓/✗ installed")
    rows = [
        HEADER,
        ("Health visiting", "✓", "", "✓"),
        ("School (DSL)", "✓", "✓", "✓"),
        ("West Yorkshire Police - CPPU", *police),
        ("Probation Service", "✗", "", ""),
    ]
    table = Table(rows, colWidths=[170, 60, 110, 100])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9),
                               ("GRID", (0, 0), (-1, -1), 0.4, "grey")]))  # fmt: skip
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([table])
    return buffer.getvalue()


def _read(police: tuple[str, str, str]) -> tuple[list[str], PoliceTick]:
    lines = list(read_pdf(_grid(police), name="grid.pdf").pages[0].lines)
    return lines, police_tick([Page("grid.pdf p1", tuple(lines))])


def test_a_blank_cell_keeps_its_place_in_the_row() -> None:
    lines, tick = _read(("✓", "", "✓"))
    assert f"West Yorkshire Police - CPPU{CELL}☒{CELL}{CELL}☒" in lines
    assert f"Health visiting{CELL}☒{CELL}{CELL}☒" in lines
    assert tick is PoliceTick.REPORT_SUFFICIENT  # read as attendance required before


@pytest.mark.parametrize(
    ("police", "expected"),
    [
        (("✓", "✗", "✓"), PoliceTick.REPORT_SUFFICIENT),  # the cross says no
        (("✓", "✓", "✓"), PoliceTick.REQUIRED),
        (("✓", "✓", ""), PoliceTick.REQUIRED),
    ],
)
def test_the_police_row_is_read_under_its_column_headers(
    police: tuple[str, str, str], expected: PoliceTick
) -> None:
    assert _read(police)[1] is expected


def _alone(text: str, x0: float) -> Word:
    return Word(text=text, x0=x0, x1=x0 + 8.0, top=100.0, bottom=110.0)


def test_a_cross_beside_ticks_says_no_but_in_a_drawn_box_it_marks_the_box() -> None:
    words = [_alone("✓", 100.0), _alone("✗", 200.0)]
    assert [w.text for w in glyph_words(words)] == [MARKED, UNMARKED]
    box = Shape(198.0, 210.0, 99.0, 111.0, "rect")
    assert [w.text for w in glyph_words(words, [box])] == [MARKED, MARKED]
    assert [w.text for w in glyph_words([_alone("✗", 200.0)])] == [MARKED]  # crosses alone
