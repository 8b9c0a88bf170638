"""Reading order comes from where words are, never from the order they were drawn in: a page
whose words, boxes and letters are drawn shuffled (issue 11, set o layout 75: the right-hand
column and the bottom lines first, the rest at random) reads as the same lines. Pages drawn
here with reportlab; every wording is invented."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.pdf import read_pdf
from parsers.records import CELL, MARKED, UNMARKED
from tests.builders.geometry_builder import Box, Item, page_pdf, spaced, words


def page() -> list[Item]:
    """A spaced-out heading, label | value rows, a paragraph over two lines, a two-box question."""
    items: list[Item] = [*spaced(50, 790, "CONFERENCE REQUEST")]
    y = 760.0
    for label, value in (
        ("Meeting type", "Initial conference (unborn)"),
        ("Date and time", "Monday 8 March 2027, 1.00pm"),
        ("Family", "Baby Loxley (due 30/04/2027), Shannon Loxley 14/07/2003"),
    ):
        items += words(50, y, label) + words(190, y, value)
        y -= 18
    items += words(50, y - 8, "The expectant mother left the refuge last week and her partner has")
    items += words(50, y - 21, "returned to the family home; the midwife has raised concerns.")
    y -= 50
    items += words(50, y, "Police (one box)", font="Helvetica-Bold")
    items += [Box(50, y - 19, "outline"), *words(66, y - 18, "Attendance requested")]
    items += [Box(50, y - 37, "filled"), *words(66, y - 36, "Written report will do")]
    return items


def lines_of(data: bytes) -> list[str]:
    return list(read_pdf(data, name="shuffled.pdf").pages[0].lines)


@cache
def drawn_in_order() -> list[str]:
    return lines_of(page_pdf([page()]))


def test_the_page_drawn_in_order_reads_as_written() -> None:
    assert drawn_in_order() == [
        "CONFERENCE REQUEST",
        f"Meeting type{CELL}Initial conference (unborn)",
        f"Date and time{CELL}Monday 8 March 2027, 1.00pm",
        f"Family{CELL}Baby Loxley (due 30/04/2027), Shannon Loxley 14/07/2003",
        "The expectant mother left the refuge last week and her partner has",
        "returned to the family home; the midwife has raised concerns.",
        "Police (one box)",
        f"{UNMARKED} Attendance requested",
        f"{MARKED} Written report will do",
    ]


ANGLES = st.sampled_from([0, 90, 180, 270])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), turn=ANGLES, rotate=ANGLES)
def test_shuffling_the_drawing_order_does_not_change_the_text_read(
    seed: int, turn: int, rotate: int
) -> None:
    """Whatever the order of drawing, and however the page and its text are turned."""
    shuffled = page_pdf([page()], seed=seed, turn=turn, rotate=rotate)
    assert lines_of(shuffled) == drawn_in_order()
