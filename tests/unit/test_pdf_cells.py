"""A ruled table's row whose cells an office suite wrapped over printed lines reads as one line,
as the same row of the Word form does (`parsers.pdf_cells`; found by `scripts/cross-format`:
Word forms saved as PDF by LibreOffice). Lines ended on purpose stay apart."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from parsers.pdf import read_pdf
from tests.builders.pdf_builder import unicode_font

_PAD = 5.4  # Word's and LibreOffice's cell padding, left and right
_PITCH = 12.6  # 10.5 pt text, single spacing


def _wrapped(text: str, width: float, font: str) -> list[str]:
    """`text` filled greedily into lines of `width` points, a word wider than a line cut."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, 10.5) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        while stringWidth(word, font, 10.5) > width:  # cut inside the word, as Word does
            cut = max(i for i in range(1, len(word)) if stringWidth(word[:i], font, 10.5) <= width)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    return [*lines, line] if line else lines


def _table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    row_rules: bool = True,
    baseline: float = 11.0,
) -> bytes:
    """A ruled table as an office suite prints it: each cell's paragraphs (one a line of its
    text) wrapped in its column,
    rules round every cell (or, without `row_rules`, only round the table and down it); a
    cell's first baseline `baseline` points under its top rule."""
    font = unicode_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    left, y = 60.0, 760.0
    top = y
    for row in rows:
        cells = [
            [
                line
                for para in text.split("\n")
                for line in _wrapped(para, w - 2 * _PAD, font) or [""]
            ]
            for text, w in zip(row, widths, strict=True)
        ]
        height = max(len(c) for c in cells) * _PITCH + 4
        x = left
        for lines, w in zip(cells, widths, strict=True):
            canvas.setFont(font, 10.5)
            for i, line in enumerate(lines):
                canvas.drawString(x + _PAD, y - baseline - i * _PITCH, line)
            x += w
        if row_rules:
            canvas.line(left, y, left + sum(widths), y)
        y -= height
    canvas.line(left, y, left + sum(widths), y)
    canvas.line(left, top, left + sum(widths), top)
    x = left
    for w in (0.0, *widths):
        x += w
        canvas.line(x, top, x, y)
    canvas.save()
    return buffer.getvalue()


def _lines(data: bytes) -> list[str]:
    return list(read_pdf(data, name="form.pdf").pages[0].lines)


@pytest.fixture(autouse=True)
def _needs_glyphs() -> None:
    if unicode_font() == "Helvetica":
        pytest.skip("DejaVuSans not installed: no ☒/☐ glyphs")


def test_a_question_wrapped_down_its_cell_reads_with_the_boxes_beside_its_first_line() -> None:
    data = _table(
        [["Is police attendance requested at this conference?", "Yes", "☒", "No", "☐"]],
        [86.0, 86.0, 86.0, 86.0, 86.0],
    )
    assert _lines(data) == ["Is police attendance requested at this conference?\tYes\t☒\tNo\t☐"]


def test_a_row_whose_letters_reach_over_its_top_rule_is_still_a_row() -> None:
    # LibreOffice pads a cell's top little: the font's ascent crosses the rule above
    data = _table(
        [["Is police attendance requested at this conference?", "Yes", "☒", "No", "☐"]],
        [86.0, 86.0, 86.0, 86.0, 86.0],
        baseline=7.0,
    )
    assert _lines(data) == ["Is police attendance requested at this conference?\tYes\t☒\tNo\t☐"]


def test_both_cells_of_a_row_wrapped_read_each_as_one_cell() -> None:
    data = _table(
        [
            ["Reason for the conference", "Concerns about neglect of the children and the home"],
            ["Police attendance", "Attendance required"],
        ],
        [80.0, 120.0],
    )
    assert _lines(data) == [
        "Reason for the conference\tConcerns about neglect of the children and the home",
        "Police attendance\tAttendance required",
    ]


def test_a_name_and_a_date_cut_inside_a_narrow_column_are_made_whole() -> None:
    data = _table(
        [["Name", "Date of birth"], ["Harley Crowther", "12/04/2012"]],
        [58.0, 60.0],
    )
    assert _lines(data)[-1] == "Harley Crowther\t12/04/2012"


def test_a_cell_s_options_one_a_paragraph_read_as_the_word_row_does() -> None:
    data = _table(
        [["Police (tick one)", "☒ Attendance required\n☐ Written report sufficient"]],
        [100.0, 250.0],
    )
    assert _lines(data) == ["Police (tick one)\t☒ Attendance required ☐ Written report sufficient"]


def test_a_cell_whose_text_starts_on_the_row_s_second_line_leaves_the_lines_apart() -> None:
    data = _table([["Police", "☒ Attend\n☐ Report", "\nSee note"]], [80.0, 150.0, 100.0])
    assert _lines(data) == ["Police\t☒ Attend", "☐ Report\tSee note"]


def test_a_grid_s_lone_boxes_row_under_row_stay_rows() -> None:
    data = _table(
        [["Agency", "Attend", "Report"], ["Police", "☒", "☐"], ["Health", "☐", "☒"]],
        [52.0, 60.0, 60.0],
        row_rules=False,
    )
    assert _lines(data) == ["Agency\tAttend\tReport", "Police\t☒\t☐", "Health\t☐\t☒"]


def test_rows_of_a_table_ruled_only_down_its_columns_are_not_joined() -> None:
    data = _table(
        [["Child", "Harley Crowther"], ["Date of birth", "12/04/2012"], ["School", "Ings Primary"]],
        [120.0, 200.0],
        row_rules=False,
    )
    assert _lines(data) == [
        "Child\tHarley Crowther",
        "Date of birth\t12/04/2012",
        "School\tIngs Primary",
    ]


def test_children_listed_one_a_line_in_a_cell_stay_one_a_line() -> None:
    data = _table(
        [["Children", "Amelia Mellor 01/02/2015\nIbrahim Mellor 03/04/2017"]],
        [80.0, 200.0],
    )
    assert _lines(data) == ["Children\tAmelia Mellor 01/02/2015", "Ibrahim Mellor 03/04/2017"]
