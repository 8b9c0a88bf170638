"""Two-column PDF forms read column by column; tables of two columns read row by row.

The PDFs are built with reportlab (tests/builders/columns_builder): two `Frame`s side by side,
as in first-sight set e (issue 11), against label | value tables with the same gutter.
"""

from __future__ import annotations

import pytest

from parsers.pdf import read_pdf
from parsers.pdf_columns import Rule, column_bands
from parsers.pdf_layout import Word
from parsers.records import CELL
from tests.builders import columns_builder as build


def lines_of(data: bytes) -> list[str]:
    return [line for page in read_pdf(data, name="form.pdf").pages for line in page.lines]


def follows(lines: list[str], first: str, then: str) -> bool:
    return first in lines and lines[lines.index(first) + 1 : lines.index(first) + 2] == [then]


@pytest.mark.parametrize(
    ("gutter", "font", "size"),
    [
        (30.0, "Helvetica", 10.0),
        (14.0, "Helvetica", 10.0),
        (60.0, "Helvetica", 10.0),
        (30.0, "Times-Roman", 9.0),
        (24.0, "Courier", 11.0),
    ],
)
def test_a_two_column_form_reads_each_label_above_its_own_value(
    gutter: float, font: str, size: float
) -> None:
    lines = lines_of(build.two_column_form(gutter=gutter, font=font, size=size))
    assert follows(lines, "Time", "10.00am")
    assert follows(lines, "Date of conference", "Tuesday 1 December 2026")
    assert follows(lines, "Section D - Police", "West Yorkshire Police request:")
    assert follows(lines, "Attendance required", "Written report only")
    assert not any(CELL in line for line in lines)  # no line joins the two columns


def test_the_left_column_is_read_whole_before_the_right_one() -> None:
    lines = lines_of(build.two_column_form())
    assert lines.index("Children's Social Care") < lines.index("Section D - Police")
    assert lines[0] == "Section A - Conference details"


def test_a_full_width_table_under_two_columns_keeps_its_rows() -> None:
    lines = lines_of(build.two_column_form(table_after=True))
    assert follows(lines, "Time", "10.00am")
    assert follows(lines, "Section D - Police", "West Yorkshire Police request:")
    assert f"Name{CELL}Role{CELL}Agency" in lines
    assert f"Joanne Bell{CELL}Health visitor{CELL}NHS Trust" in lines


@pytest.mark.parametrize(
    ("gutter", "ruled", "size"), [(30.0, False, 10.0), (30.0, True, 10.0), (60.0, False, 10.0),
                                  (30.0, False, 9.0)]
)  # fmt: skip
def test_a_two_column_table_is_never_split_into_columns(
    gutter: float, ruled: bool, size: float
) -> None:
    lines = lines_of(build.two_column_table(gutter=gutter, ruled=ruled, size=size))
    assert f"Time{CELL}10.00am" in lines
    assert f"Date of conference{CELL}Tuesday 1 December 2026" in lines
    assert f"Lead agency{CELL}Children's Social Care" in lines
    assert any(line.startswith(f"Venue{CELL}Wakefield One") for line in lines)


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text=text, x0=x0, x1=x0 + 6.0 * len(text), top=top, bottom=top + 10.0)


def _column_lines(*, right_pitch: float) -> list[list[Word]]:
    """Nine lines on a 12 pt pitch on the left; on the right, from the same top, five lines on
    a pitch of `right_pitch` points (12: on the left's grid, as a table's cells are)."""
    words = [_word("left", 50.0, 100.0 + 12.0 * i) for i in range(9)]
    words += [_word("right", 320.0, 100.0 + right_pitch * i) for i in range(5)]
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.top):
        if lines and abs(lines[-1][0].top - word.top) < 1.0:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def test_lines_of_two_sides_on_one_grid_are_rows_and_off_it_are_columns() -> None:
    assert column_bands(_column_lines(right_pitch=12.0), rules=[], cell_gap_em=1.5) == []
    bands = column_bands(_column_lines(right_pitch=17.0), rules=[], cell_gap_em=1.5)
    assert len(bands) == 1 and 90.0 < bands[0].split < 320.0


def test_a_rule_across_the_gutter_ends_the_columns_above_it() -> None:
    lines = _column_lines(right_pitch=17.0)
    assert column_bands(lines, rules=[], cell_gap_em=1.5) != []
    across = Rule(x0=40.0, x1=500.0, top=111.0, bottom=111.0)  # under the first line
    assert column_bands(lines, rules=[across], cell_gap_em=1.5) == []


def test_without_drawn_rules_an_ocr_page_is_read_across_as_before() -> None:
    from parsers.pdf_layout import page_lines

    words = [w for line in _column_lines(right_pitch=17.0) for w in line]
    across = page_lines(words, edges=())
    assert across[0] == f"left{CELL}right"
    by_columns = page_lines(words, edges=(), rules=[])
    assert by_columns[:9] == ["left"] * 9


def test_a_divider_down_the_gutter_and_shaded_headings_do_not_make_a_table() -> None:
    """Set n layout 66: a thin rule down the gutter and a shaded bar behind each column's
    heading (its side at the gutter's edge) kept the page read across, each line joining
    the two columns' text."""
    lines = lines_of(build.divided_form())
    assert not any(CELL in line for line in lines)
    assert follows(lines, "Police request", "Attendance required")
    assert follows(lines, "Time", "10.30am")
    assert lines.index("Alfie was not brought to nursery.") < lines.index("Date")


@pytest.mark.parametrize(("divider", "bars"), [(True, False), (False, True), (False, False)])
def test_either_drawing_alone_leaves_the_columns_read_as_columns(divider: bool, bars: bool) -> None:
    lines = lines_of(build.divided_form(divider=divider, bars=bars))
    assert follows(lines, "Police request", "Attendance required")
    assert not any(CELL in line for line in lines)


def test_a_table_of_cells_boxed_one_by_one_keeps_its_rows() -> None:
    """Row rules drawn as one box per cell meet at the cell edge: together they cross the gap,
    as one rule across it would (the values are centred, off the labels' grid)."""
    lines = lines_of(build.cell_boxed_table())
    assert f"Type of conference{CELL}Initial Child Protection Conference" in lines
    assert f"Time{CELL}10.00am" in lines
    assert f"Chair{CELL}Rizwana Akhtar" in lines


def test_row_rules_that_meet_end_to_end_cross_the_gutter_and_apart_do_not() -> None:
    lines = _column_lines(right_pitch=17.0)
    meeting = [Rule(x0=40.0, x1=200.0, top=111.0, bottom=111.0),
               Rule(x0=200.0, x1=500.0, top=111.5, bottom=111.5)]  # fmt: skip
    assert column_bands(lines, rules=meeting, cell_gap_em=1.5) == []
    apart = [Rule(x0=40.0, x1=100.0, top=111.0, bottom=111.0),
             Rule(x0=310.0, x1=500.0, top=111.0, bottom=111.0)]  # fmt: skip
    assert column_bands(lines, rules=apart, cell_gap_em=1.5) != []
    divider = [Rule(x0=200.0, x1=200.0, top=90.0, bottom=300.0)]
    assert column_bands(lines, rules=divider, cell_gap_em=1.5) != []


def test_a_box_printed_a_point_above_its_label_stays_on_the_label_s_line() -> None:
    """Lines across the page were clustered with both columns' words: a ☒ a point higher than
    its label joined the left column's line beside it, and the answer was lost (set n 66-01).
    Each column's words are put into lines on their own."""
    from parsers.pdf_layout import page_lines

    words = [_word(f"left{i}", 50.0, 100.0 + 11.0 * i) for i in range(12)]
    words += [_word(f"right{i}", 320.0, 100.0 + 17.0 * i) for i in range(6)]
    words += [
        Word(text="☒", x0=320.0, x1=329.0, top=100.0 + 17.0 * 6 + 1.0, bottom=211.0, size=10.0),
        _word("Attend", 336.0, 100.0 + 17.0 * 6 + 3.5),
    ]
    lines = page_lines(words, edges=(), rules=[])
    assert "☒ Attend" in lines
