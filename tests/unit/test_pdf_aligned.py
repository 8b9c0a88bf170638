"""A PDF table without ruled columns is cut into its cells where its columns start.

Built with reportlab's canvas as a case system prints one (issue 11, set k layout 52): a bold
header row, columns a few points apart, no vertical rules.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from parsers.pdf import read_pdf
from parsers.records import CELL

_COLUMNS = (40.0, 160.0, 248.0, 297.0)  # gaps of about 1 em between columns


def _table(rows: list[tuple[str, ...]], *, bold_header: bool = True, prose: str = "") -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=landscape(A4))
    top = landscape(A4)[1] - 60
    header = ("Name", "Relationship to child", "D.O.B.", "Address")
    for number, row in enumerate([header, *rows]):
        font = "Helvetica-Bold" if number == 0 and bold_header else "Helvetica"
        page.setFont(font, 8)
        for x, text in zip(_COLUMNS, row, strict=False):
            page.drawString(x, top - 14 * number, text)
    if prose:
        page.setFont("Helvetica", 8)
        page.drawString(40, top - 14 * (len(rows) + 2), prose)
    page.showPage()
    page.save()
    return out.getvalue()


def _lines(data: bytes) -> list[str]:
    return [line for page in read_pdf(data, name="form.pdf").pages for line in page.lines]


def test_columns_a_few_points_apart_under_a_bold_header_are_cells() -> None:
    lines = _lines(_table([("Ava Gill", "Subject child", "12/03/2015", "3 Moor Terrace")]))
    assert CELL.join(("Name", "Relationship to child", "D.O.B.", "Address")) in lines
    assert CELL.join(("Ava Gill", "Subject child", "12/03/2015", "3 Moor Terrace")) in lines


def test_every_row_of_the_table_is_cut_and_the_prose_after_it_is_not() -> None:
    rows = [
        ("Ava Gill", "Subject child", "12/03/2015", "3 Moor Terrace"),
        ("Dean Gill", "Father", "01/01/1980", "As above"),
    ]
    prose = "The family moved to the area in 2024 and the children have been known since then."
    lines = _lines(_table(rows, prose=prose))
    assert CELL.join(("Dean Gill", "Father", "01/01/1980", "As above")) in lines
    assert prose in lines


def test_without_a_bold_header_the_narrow_columns_read_as_before() -> None:
    lines = _lines(
        _table([("Ava Gill", "Subject child", "12/03/2015", "3 Moor Terrace")], bold_header=False)
    )
    assert "Ava Gill\tSubject child\t12/03/2015 3 Moor Terrace" in lines


def test_monospaced_lines_under_a_bold_title_are_not_cut_on_their_grid() -> None:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    lines = (
        ("Courier-Bold", "Strategy Discussion / Section 47 Outcome"),
        ("Courier", "Referral Discussion / Section 17 Outcome"),  # words on the title's grid
    )
    for number, (font, text) in enumerate(lines):
        page.setFont(font, 10.5)
        page.drawString(48, 780 - 14 * number, text)
    page.showPage()
    page.save()
    read = _lines(out.getvalue())
    assert lines[0][1] in read
    assert lines[1][1] in read
