"""Check-list grids: only a marked option is affirmed, whatever the grid's shape (set p, layout 77).

A form that prints every concern and marks the ones that apply — in a column for whom it
applies to, a Yes/No column after a code, a box per sub-column — carries every concern's words.
An option whose row holds a mark in any of its columns is affirmed; one with no mark is template
context (`parsers.checklists`, `parsers.checklist_grid`). The grids here are this file's own.
"""

# ruff: noqa: E501 - the rows are test data; one row a line reads best
from __future__ import annotations

import io

import docx
import pytest

from parsers import parse_email
from parsers.checklists import mark_checklists
from parsers.records import Page
from tests.builders.mail_builder import DOCX_TYPE, html_only, plain
from tests.unit.test_triage_helpers import run

CSE = "child_sexual_exploitation"
PROSE = "Amy has been missing four times since October and says she stays with friends."


def criteria_of(raw: bytes) -> set[str]:
    return {c.criterion.value for c in run(parse_email(raw)).criteria}


def marked(*lines: str) -> tuple[str, ...]:
    return mark_checklists(Page("form.pdf p1", lines)).lines


def test_a_grid_with_sub_columns_marks_the_option_of_any_marked_column() -> None:
    lines = (
        "Concern\tYoung person\tMother\tFather",
        "Substance use\t\t✓",
        "Sexual exploitation",
        "Going missing\t✓",
        "Domestic violence\t\t\tX",
        "Self-harm",
        "Summary",
        PROSE,
    )
    assert marked(*lines) == (
        lines[0], "☒ Substance use", "☐ Sexual exploitation", "☒ Going missing",
        "☒ Domestic violence", "☐ Self-harm", "Summary", PROSE,
    )  # fmt: skip


def test_a_code_before_the_label_and_a_yes_no_column_is_still_a_check_list() -> None:
    lines = (
        "Ref\tConcern\tYes / No",
        "C1\tSexual exploitation\tNo",
        "C2\tNeglect\tYes",
        "Notes",
        PROSE,
    )
    assert marked(*lines)[1:3] == ("☐ C1 Sexual exploitation", "☒ C2 Neglect")


def test_a_label_whose_boxes_stand_in_coded_sub_columns_takes_their_mark() -> None:
    lines = (
        "Concern\tChild\tAdult",
        "Sexual exploitation\t☐ 4a\t☐ 4b",
        "Going missing\t☒ 5a\t☐ 5b",
    )
    assert marked(*lines)[1:] == ("☐ Sexual exploitation", "☒ Going missing")


@pytest.mark.parametrize(
    "lines",
    [
        # label and value rows, not a check list
        ("Interpreter needed\tYes", "Parents attending\tNo", "Child attending\tNo"),
        # an agency grid: its column is the police answer (`parsers.police_grid`)
        ("Agency\tAttend\tReport", "Police\t✓", "School\t\t✓", "Health\t\t✓"),
        # a police question in coded-looking cells is no option's sub-column
        ("Police attendance required\t☐ 1\t☒ 2",),
    ],
)
def test_other_tables_are_left_as_they_are(lines: tuple[str, ...]) -> None:
    assert marked(*lines) == lines


def _html_grid() -> bytes:
    rows = [("Substance use", "", "✓", ""), ("Sexual exploitation", "", "", ""),
            ("Going missing", "✓", "", ""), ("Self-harm", "", "", "")]  # fmt: skip
    body = "".join(
        "<tr>" + "".join(f"<td>{cell or '&nbsp;'}</td>" for cell in row) + "</tr>" for row in rows
    )
    return html_only(
        "<html><body><p>Initial conference for Amy Test on 16/12/2026 at 10:00.</p>"
        "<p><b>Concerns identified</b></p><table><tr><th>Concern</th><th>Young person</th>"
        f"<th>Mother</th><th>Father</th></tr>{body}</table><p><b>Summary</b><br>{PROSE}</p>"
        "</body></html>"
    )


def _word_grid() -> bytes:
    doc = docx.Document()
    doc.add_paragraph("Initial conference for Amy Test on 16/12/2026 at 10:00.")
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Concern", "Young person", "Parent"), strict=True):
        cell.text = text
    for label, child, parent in (("Substance use", "☐ 1a", "☒ 1b"), ("Sexual exploitation", "☐ 4a", "☐ 4b"),
                                 ("Going missing", "☒ 5a", "☐ 5b")):  # fmt: skip
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = label, child, parent
    doc.add_paragraph("Summary")
    doc.add_paragraph(PROSE)
    out = io.BytesIO()
    doc.save(out)
    return plain("Booking form attached.", attachments=[("grid.docx", out.getvalue(), DOCX_TYPE)])


@pytest.mark.parametrize("raw", [_html_grid, _word_grid], ids=["html", "word"])
def test_an_unmarked_exploitation_row_of_a_grid_is_no_cse(raw: object) -> None:
    assert CSE not in criteria_of(raw())  # type: ignore[operator]


def test_marks_typed_after_options_under_a_caption_that_says_how_mark_the_list() -> None:
    lines = ("Worries (✓ where present)", "Sexual exploitation", "Substance use ✓", "Self-harm", "",
             "Amy's mother has asked for help with her drinking.")  # fmt: skip
    assert marked(*lines)[1:4] == ("☐ Sexual exploitation", "☒ Substance use", "☐ Self-harm")


def test_a_cross_among_ticks_is_a_no_and_a_grid_of_crosses_is_marked_by_them() -> None:
    assert marked("Sexual exploitation ✗", "Substance use ✓") == (
        "☐ Sexual exploitation",
        "☒ Substance use",
    )
    assert marked("Concern\tChild\tAdult", "Sexual exploitation\t✗", "Going missing", "Self-harm")[
        1:
    ] == (
        "☒ Sexual exploitation",
        "☐ Going missing",
        "☐ Self-harm",
    )


def test_a_label_whose_row_answers_no_affirms_nothing() -> None:
    raw = plain("Concerns\nSexual exploitation\tNo\nNeglect\tYes\nGoing missing\tN\n")
    assert CSE not in criteria_of(raw)


def test_a_mark_under_a_no_column_is_a_no() -> None:
    lines = ("Concern\tYes\tNo", "Sexual exploitation\t\tX", "Neglect\tX", "Going missing\t\tX")
    assert marked(*lines)[1:] == ("☐ Sexual exploitation", "☒ Neglect", "☐ Going missing")


@pytest.mark.parametrize("box", ["☐", "[ ]"])
def test_a_box_alone_in_a_row_s_first_cell_is_the_box_of_the_option_the_row_names(box: str) -> None:
    lines = ("Mark\tRef\tConcern", f"{box}\tE2\tSexual exploitation", "☒\tN1\tNeglect")
    assert marked(*lines)[1:] == ("☐ E2 Sexual exploitation", "☒ N1 Neglect")
    raw = plain("Concerns\n" + "\n".join(lines) + "\n")
    assert CSE not in criteria_of(raw)
