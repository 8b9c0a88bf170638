"""Printed options whose answer a Word form shows by formatting (`parsers.word_emphasis`):
highlighted, shaded, bordered, or bold among plain — read as ☒/☐ (set n layout 69)."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]

from parsers.docx import read_docx
from parsers.fields import read_fields
from parsers.records import ConferenceKind, Page, PoliceTick
from parsers.word_emphasis import marked_options
from tests.unit.test_fields import _info

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MARKS = {
    "highlight": '<w:highlight w:val="yellow"/>',
    "shading": '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>',
    "border": '<w:bdr w:val="single" w:sz="4" w:space="0" w:color="auto"/>',
    "bold": "<w:b/>",
    "colour": '<w:color w:val="FF0000"/>',  # an answer typed over in red (brief "marks", 1)
}


def _paragraph(*runs: tuple[str, str]) -> etree._Element:
    body = "".join(
        f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
        for text, props in runs
    )
    return etree.fromstring(f'<w:p xmlns:w="{W}">{body}</w:p>')


def _options(chosen: set[str], mark: str, options: tuple[str, ...]) -> etree._Element:
    runs: list[tuple[str, str]] = []
    for i, option in enumerate(options):
        runs.append((option, MARKS[mark] if option in chosen else ""))
        if i < len(options) - 1:
            runs.append(("   /   ", ""))
    return _paragraph(*runs)


KINDS = ("Initial", "Review", "Transfer in", "Pre-birth initial", "Pre-birth review")


@pytest.mark.parametrize("mark", sorted(MARKS))
def test_the_one_option_emphasised_is_the_one_marked(mark: str) -> None:
    assert marked_options(_options({"Transfer in"}, mark, KINDS)) == (
        "☐ Initial ☐ Review ☒ Transfer in ☐ Pre-birth initial ☐ Pre-birth review"
    )


def test_two_highlighted_are_both_marked_and_none_leaves_the_text_alone() -> None:
    police = ("Attendance required", "Report only")
    both = _options(set(police), "highlight", police)
    assert marked_options(both) == "☒ Attendance required ☒ Report only"
    assert marked_options(_options(set(), "highlight", police)) is None


def test_bold_on_every_option_is_the_form_s_type_not_an_answer() -> None:
    assert marked_options(_options(set(KINDS), "bold", KINDS)) is None  # a bold header's cells


def test_a_colour_the_label_shares_is_the_line_s_own_not_an_answer() -> None:
    blue, red = '<w:color w:val="1F497D"/>', '<w:color w:val="C00000"/>'
    p = _paragraph(("Police attendance: ", blue), ("Required", red), (" / Not required", blue))
    assert marked_options(p) == "Police attendance: ☒ Required ☐ Not required"
    every = _paragraph(("Police attendance: Required / Not required", blue))
    assert marked_options(every) is None


def test_a_label_before_a_colon_stays_a_label() -> None:
    p = _paragraph(("Police: ", ""), ("Attendance required", MARKS["highlight"]),
                   (" / Report only", ""))  # fmt: skip
    assert marked_options(p) == "Police: ☒ Attendance required ☐ Report only"


@pytest.mark.parametrize(
    "runs",
    [
        (("Initial", MARKS["highlight"]), (" / Review / Transfer", ""), (" in", MARKS["bold"])),
        (("18/12/2026", MARKS["highlight"]), (" / 19/12/2026", "")),  # dates, no options
        (
            ("The parents said he fell", MARKS["highlight"]),
            (" / off the sofa, which the consultant says does not explain the injury at all", ""),
        ),
        (("Initial", MARKS["highlight"]), (" Review", "")),  # no separator
        (("Yes", "<w:strike/>"), (" / ", ""), ("No", MARKS["highlight"])),  # struck: read as such
    ],
)
def test_what_is_not_a_list_of_evenly_formatted_options_is_left_alone(
    runs: tuple[tuple[str, str], ...],
) -> None:
    assert marked_options(_paragraph(*runs)) is None


def _form(mark: str) -> bytes:
    """A booking form whose options are printed in full, the answer shown by `mark`."""
    document = Document()
    table = document.add_table(rows=3, cols=2)
    rows = (
        ("Type of conference", KINDS, {"Review"}),
        ("Category", ("Neglect", "Physical", "Emotional", "Sexual"), {"Neglect"}),
        ("Police", ("Attendance required", "Report only"), {"Report only"}),
    )
    for row, (label, options, chosen) in zip(table.rows, rows, strict=True):
        row.cells[0].text = label
        paragraph = row.cells[1].paragraphs[0]
        for i, option in enumerate(options):
            run = paragraph.add_run(option)
            if option in chosen and mark == "highlight":
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            if option in chosen and mark == "bold":
                run.bold = True
            if i < len(options) - 1:
                paragraph.add_run(" / ")
    document.add_paragraph("Date of conference: 12/01/2027")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("mark", ["highlight", "bold"])
def test_a_form_answered_by_formatting_gives_its_kind_category_and_police_answer(
    mark: str,
) -> None:
    """Set n 69-01/69-02: the kind could not be read (manual review), every category was read
    and the police answer was not."""
    pages = read_docx(_form(mark), name="form.docx")
    assert "Police\t☐ Attendance required ☒ Report only" in pages[0].lines
    fields = read_fields(info=_info(), pages=[Page("form.docx", pages[0].lines)])
    assert fields.kind is ConferenceKind.REVIEW
    assert fields.police_tick is PoliceTick.REPORT_SUFFICIENT
    assert list(fields.harm_categories) == ["neglect"]


@given(
    st.lists(
        st.tuples(st.text(alphabet="ab /|:1", max_size=12), st.sampled_from(["", *MARKS.values()])),
        max_size=8,
    )
)
def test_any_runs_give_boxed_options_or_none(runs: list[tuple[str, str]]) -> None:
    """Whatever the runs, the paragraph is left alone or read as two or more options, each
    after its box, at least one marked, and no option's words lost."""
    result = marked_options(_paragraph(*runs))
    if result is None:
        return
    boxed = re.split(r"([☒☐])", result)[1:]
    marks, options = boxed[0::2], [o.strip() for o in boxed[1::2]]
    assert len(marks) >= 2 and "☒" in marks and all(options)
    assert "".join(options).replace(" ", "") in "".join(t for t, _ in runs).replace(
        " ", ""
    ).replace("/", "").replace("|", "")
