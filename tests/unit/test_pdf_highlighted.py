"""Printed options on a PDF form with the answer highlighted (`parsers.pdf_circled`,
`parsers.pdf_annots`, `parsers.pdf_paint.tinted`; brief "marks", gap 2): a viewer's Highlight
annotation, or a fill in a highlighter's colour behind the words (Word's highlight saved as
PDF), marks the option it lies under, as a ring round it does."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers.pdf import read_pdf
from parsers.pdf_paint import tinted
from parsers.records import CELL
from tests.builders.annot_builder import with_annotations

SIZE = 10.0
#: Spaced options (cells), then options set apart by "/" on one line.
_SPACED = ("Type of conference", ("Initial", "Review", "Transfer in"))
_SLASHED = ("Police attendance:", ("Required", "Not required – written report"))
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in user space


def _form(
    fills: dict[str, tuple[float, float, float]] | None = None,
) -> tuple[bytes, dict[str, Box]]:
    """The form, with a rectangle in each colour of `fills` drawn behind its option; and each
    option's box (for annotations)."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    boxes: dict[str, Box] = {}
    page.setFont("Helvetica", SIZE)
    page.drawString(50, 760, "CHILD PROTECTION CONFERENCE BOOKING FORM")
    label, options = _SPACED
    page.drawString(50, 730, label)
    x = 200.0
    for option in options:
        width = page.stringWidth(option, "Helvetica", SIZE)
        boxes[option] = (x - 1, 727, x + width + 1, 740)
        x += width + 40
    y = 700.0
    label, options = _SLASHED
    x = 50 + page.stringWidth(label + " ", "Helvetica", SIZE)
    for i, option in enumerate(options):
        width = page.stringWidth(option, "Helvetica", SIZE)
        boxes[option] = (x - 1, y - 3, x + width + 1, y + 10)
        x += width + page.stringWidth(" / ", "Helvetica", SIZE) if i == 0 else width
    for option, colour in (fills or {}).items():
        x0, y0, x1, y1 = boxes[option]
        page.setFillColorRGB(*colour)
        page.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
    page.setFillColorRGB(0, 0, 0)
    x = 200.0
    for option in _SPACED[1]:
        page.drawString(x, 730, option)
        x += page.stringWidth(option, "Helvetica", SIZE) + 40
    page.drawString(50, y, f"{label} {' / '.join(options)}")
    page.showPage()
    page.save()
    return buffer.getvalue(), boxes


def _highlight(box: Box) -> dict[str, object]:
    x0, y0, x1, y1 = box
    return {
        "/Subtype": "/Highlight",
        "/Rect": [x0, y0, x1, y1],
        "/F": 4,
        "/QuadPoints": [x0, y1, x1, y1, x0, y0, x1, y0],
        "/C": [1.0, 1.0, 0.0],
    }


def _lines(data: bytes) -> list[str]:
    return list(read_pdf(data, name="form.pdf").pages[0].lines)


YELLOW, GREEN, GREY = (1.0, 1.0, 0.0), (0.0, 1.0, 0.0), (0.85, 0.85, 0.85)


def test_a_highlight_annotation_marks_the_option_under_it() -> None:
    data, boxes = _form()
    lines = _lines(
        with_annotations(data, [_highlight(boxes["Review"]), _highlight(boxes["Required"])])
    )
    assert f"Type of conference{CELL}☐ Initial{CELL}☒ Review{CELL}☐ Transfer in" in lines
    assert "Police attendance: ☒ Required ☐ Not required – written report" in lines


@pytest.mark.parametrize("colour", [YELLOW, GREEN])
def test_a_highlighter_s_fill_behind_an_option_marks_it(colour: tuple[float, float, float]) -> None:
    data, _ = _form({"Transfer in": colour, "Not required – written report": colour})
    lines = _lines(data)
    assert f"Type of conference{CELL}☐ Initial{CELL}☐ Review{CELL}☒ Transfer in" in lines
    # a drawn fill's edges part the options into cells, as a ruled row's do
    spaced = [line.replace(CELL, " ") for line in lines]
    assert "Police attendance: ☐ Required ☒ Not required – written report" in spaced


def test_a_grey_shading_marks_nothing() -> None:
    lines = _lines(_form({"Review": GREY, "Required": GREY})[0])
    assert not any("☒" in line for line in lines)


def test_two_options_highlighted_are_both_marked_so_a_person_looks() -> None:
    data, boxes = _form()
    both = [_highlight(boxes["Required"]), _highlight(boxes["Not required – written report"])]
    assert "Police attendance: ☒ Required ☒ Not required – written report" in _lines(
        with_annotations(data, both)
    )


def test_a_highlight_between_two_options_marks_neither() -> None:
    data, boxes = _form()
    left, right = boxes["Required"], boxes["Not required – written report"]
    between = (left[0] + 20, left[1], right[0] + 30, left[3])  # half of one, into the next
    lines = _lines(with_annotations(data, [_highlight(between)]))
    assert "Police attendance: Required / Not required – written report" in lines


def test_what_colour_is_a_highlighter_s() -> None:
    assert tinted((1.0, 1.0, 0.0), "DeviceRGB", 3)
    assert tinted((0.0, 0.0, 1.0, 0.0), "DeviceCMYK", 4)  # CMYK yellow
    assert not tinted((0.85, 0.85, 0.85), "DeviceRGB", 3)
    assert not tinted(0.9, "DeviceGray", 1)
    assert not tinted((0.0, 0.0, 0.5), "DeviceRGB", 3)  # a heading's dark bar
