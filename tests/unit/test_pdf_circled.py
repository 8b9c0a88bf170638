"""Printed options with the answer circled on a PDF form (`parsers.pdf_circled`), set n 69."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers.pdf import read_pdf
from parsers.pdf_circled import circled_options
from parsers.pdf_layout import Shape, Word
from parsers.records import CELL

_ROWS = (
    ("Type of conference", ("Initial", "Review", "Transfer in")),
    (None, ("Pre-birth initial", "Pre-birth review")),  # the options run on to a second line
    ("Category", ("Neglect", "Physical", "Emotional", "Sexual")),
    ("West Yorkshire Police", ("Attendance required", "Report only")),
)


def _form(circled: set[str]) -> bytes:
    """Each row: its label at x=50, its options at 190 and on, 40 pt apart; a pen's ring
    (an ellipse, drawn twice a little apart) round each option in `circled`."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = 760.0
    for label, options in _ROWS:
        page.setFont("Helvetica", 9.5)
        if label:
            page.drawString(50, y, label)
        x = 190.0
        for option in options:
            page.drawString(x, y, option)
            width = page.stringWidth(option, "Helvetica", 9.5)
            if option in circled:
                page.ellipse(x - 6, y - 5, x + width + 6, y + 11)
                page.ellipse(x - 5, y - 4, x + width + 7, y + 12)
            x += width + 40
        y -= 18 if label else 24
    page.showPage()
    page.save()
    return buffer.getvalue()


def _lines(circled: set[str]) -> list[str]:
    return list(read_pdf(_form(circled), name="form.pdf").pages[0].lines)


def test_the_circled_option_of_each_question_is_marked_and_the_others_not() -> None:
    lines = _lines({"Review", "Physical", "Report only"})
    assert f"Type of conference{CELL}☐ Initial{CELL}☒ Review{CELL}☐ Transfer in" in lines
    assert f"☐ Pre-birth initial{CELL}☐ Pre-birth review" in lines
    assert f"Category{CELL}☐ Neglect{CELL}☒ Physical{CELL}☐ Emotional{CELL}☐ Sexual" in lines
    assert f"West Yorkshire Police{CELL}☐ Attendance required{CELL}☒ Report only" in lines


def test_an_option_circled_on_the_second_line_marks_it_among_the_first_line_s() -> None:
    lines = _lines({"Pre-birth review"})
    assert f"Type of conference{CELL}☐ Initial{CELL}☐ Review{CELL}☐ Transfer in" in lines
    assert f"☐ Pre-birth initial{CELL}☒ Pre-birth review" in lines


def test_two_circled_are_both_marked_and_a_question_with_no_ring_is_left_alone() -> None:
    lines = _lines({"Attendance required", "Report only", "Neglect"})
    assert f"West Yorkshire Police{CELL}☒ Attendance required{CELL}☒ Report only" in lines
    assert f"Type of conference{CELL}Initial{CELL}Review{CELL}Transfer in" in lines


def _word(text: str, x0: float, top: float = 100.0) -> Word:
    return Word(text=text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + 10.0)


@pytest.mark.parametrize(
    "ring",
    [
        Shape(180.0, 300.0, 96.0, 114.0, "curve"),  # round both options
        Shape(180.0, 260.0, 96.0, 114.0, "rect"),  # a cell's rectangle, no pen's ring
        Shape(183.0, 227.0, 60.0, 140.0, "curve"),  # far taller than a line: no ring round it
        Shape(183.0, 227.0, 96.0, 114.0, "curve", filled=True),  # a painted shape
    ],
)
def test_a_shape_that_is_no_ring_round_one_option_marks_nothing(ring: Shape) -> None:
    words = [_word("Police", 50.0), _word("Attend", 190.0), _word("Report", 250.0)]
    assert [w.text for w in circled_options(words, [ring])] == ["Police", "Attend", "Report"]
    ringed = Shape(183.0, 227.0, 96.0, 114.0, "curve")
    assert [w.text for w in circled_options(words, [ringed])] == [
        "Police",
        "☒ Attend",
        "☐ Report",
    ]


_coordinate = st.floats(min_value=0.0, max_value=600.0, allow_nan=False)


@given(
    st.lists(
        st.tuples(st.sampled_from(["Yes", "No", "Initial", "☒", "a b"]), _coordinate, _coordinate),
        max_size=12,
    ),
    st.lists(st.tuples(_coordinate, _coordinate, _coordinate, _coordinate), max_size=6),
)
def test_any_words_and_curves_keep_every_word_and_only_add_boxes(
    placed: list[tuple[str, float, float]], curves: list[tuple[float, float, float, float]]
) -> None:
    words = [_word(text, x, top) for text, x, top in placed]
    rings = [Shape(min(a, b), max(a, b), min(c, d), max(c, d), "curve") for a, b, c, d in curves]
    out = circled_options(words, rings)
    assert len(out) == len(words)
    for before, after in zip(words, out, strict=True):
        assert after.text in (before.text, f"☒ {before.text}", f"☐ {before.text}")
        assert (after.x0, after.top) == (before.x0, before.top)
